package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scorekit.convex.Activation;
import org.scorekit.convex.DenoisingLadder;
import org.scorekit.convex.GatedDenoisingProgram;
import org.scorekit.convex.GatedDenoisingSolution;
import org.scorekit.convex.GatedNetwork;
import org.scorekit.convex.GatedRegression;
import org.scorekit.convex.LadderDenoiser;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.TrainingHistory;

/**
 * The training stage of {@code estimator.type: convex} (docs/estimators.md): one gated DSM program
 * per noise level (spec/convex-score.md §7), each solved to its duality-gap certificate.
 *
 * <ul>
 *   <li><b>Levels.</b> X_t = α(X_0 + σ(t)ξ) with σ(t) = √h(t)/α(t); the L levels are geometric
 *   from σ(T) down to σ(T0), so the ladder spans the run's time window.</li>
 *   <li><b>Pairs.</b> The run's N clean rows (those of the drawn problem) are split into L
 *   consecutive shares, one per level, each row with one noise draw: the ladder sees the same N
 *   (x_0, ξ) pairs as the network's problem.</li>
 *   <li><b>β.</b> Given in the spec, or chosen per level on the validation draw: the held-out
 *   rows, noised at that level, score each point of the path β₀ 2^{−k}, k = 0..{@value #PATH}
 *   (β₀ the level's zero threshold, where the zero network, the base alone, is optimal), solved
 *   from the previous point's weights; the least held-out DSM loss wins (the first on ties). The
 *   path plays the part the GD steps play for the network: from the base alone towards the
 *   interpolant.</li>
 *   <li><b>Base.</b> As the network, the ladder fits the residual of the base g: each level's
 *   targets −ε/σ minus the base's score there, so the learned denoiser is g plus the ladder's
 *   residual.</li>
 * </ul>
 */
final class ConvexTraining {
    /** Points of the β path below the zero threshold: β₀/2 down to β₀/1024 (β₀ comes first). */
    static final int PATH = 10;
    /** FISTA's certificate check cadence, in iterations. */
    private static final int CHECK_EVERY = 50;

    private ConvexTraining() {
    }

    /**
     * One level: σ, the β kept (and β₀), the program's size, the certificate, the held-out loss
     * at the kept β and at every point of the path tried.
     */
    record Level(double sigma, double beta, double zeroThreshold, int pairs, int patterns,
                 int units, double objective, double gap, boolean converged,
                 double validationLoss, double[] pathBetas, double[] pathLosses) {
        double relativeGap() {
            return gap / Math.max(1, Math.abs(objective));
        }
    }

    /** The fitted ladder with its levels. */
    record Ladder(TrainedModel.Convex model, List<Level> levels, int validationPairs,
                  boolean betaGiven) implements Fit {
        @Override
        public Optional<TrainingHistory> history() {
            return Optional.empty();
        }

        @Override
        public ObjectNode summary(ScoreMatchingProblem problem) {
            ObjectNode t = JsonNodeFactory.instance.objectNode();
            t.put("estimator", EstimatorSpec.CONVEX);
            t.put("size", problem.size());
            t.put("timeMin", problem.timeMin());
            t.put("timeMax", problem.timeMax());
            t.put("betaChosenBy", betaGiven ? "spec" : "validation");
            t.put("validationPairsPerLevel", validationPairs);
            double worst = 0;
            boolean converged = true;
            ArrayNode rows = t.putArray("levels");
            for (Level l : levels) {
                worst = Math.max(worst, l.relativeGap());
                converged &= l.converged();
                ObjectNode row = rows.addObject().put("sigma", l.sigma()).put("beta", l.beta())
                        .put("zeroThreshold", l.zeroThreshold()).put("pairs", l.pairs())
                        .put("patterns", l.patterns()).put("units", l.units())
                        .put("objective", l.objective()).put("gap", l.gap())
                        .put("relativeGap", l.relativeGap()).put("converged", l.converged())
                        .put("validationLoss", l.validationLoss());
                ArrayNode path = row.putArray("path");
                for (int k = 0; k < l.pathBetas().length; k++) {
                    path.addObject().put("beta", l.pathBetas()[k])
                            .put("validationLoss", l.pathLosses()[k]);
                }
            }
            t.put("largestRelativeGap", worst);
            t.put("allConverged", converged);
            return t;
        }
    }

    /** Fits the ladder on the problem's clean rows (streams "convex" and "validation"). */
    static Ladder fit(Pipeline pipeline, ScoreMatchingProblem problem, Rng rng,
                      RunListener listener) {
        EstimatorSpec e = pipeline.spec().estimator();
        ForwardProcess process = pipeline.process();
        double[] sigma = DenoisingLadder.geometric(sigma(process, problem.timeMax()),
                sigma(process, problem.timeMin()), e.levels());
        Matrix rows = problem.y();
        int share = rows.rows() / sigma.length;
        Matrix heldOut = pipeline.data().heldOutDraws(pipeline.spec().stopping().validationSize(),
                rng.fork("validation"));
        GatedRegression.Options options = new GatedRegression.Options(e.iterations(),
                e.gapTolerance(), CHECK_EVERY);
        List<Level> levels = new ArrayList<>();
        List<GatedNetwork> networks = new ArrayList<>();
        for (int l = 0; l < sigma.length; l++) {
            Matrix part = rows.rowRange(l * share, (l + 1) * share);
            double t = time(process, sigma[l], problem.timeMin(), problem.timeMax());
            GatedDenoisingProgram drawn = GatedDenoisingProgram.draw(part, sigma[l], 1,
                    e.gates(), Activation.RELU, e.beta() == null ? 1.0 : e.beta(),
                    rng.fork("convex").fork("level-" + l));
            GatedDenoisingProgram program = new GatedDenoisingProgram(drawn.gated(),
                    residualTargets(drawn.gated().points(), drawn.targets(), pipeline, t));
            Pairs validation = Pairs.draw(heldOut, sigma[l],
                    rng.fork("validation").fork("level-" + l));
            validation = new Pairs(validation.points(),
                    residualTargets(validation.points(), validation.targets(), pipeline, t));
            Level level = solveLevel(sigma[l], program, validation, e.beta(), options, networks);
            levels.add(level);
            listener.stage(String.format(Locale.ROOT, "level %d/%d: sigma %.4g, beta %.4g"
                    + " (%.3g of its zero threshold), %d units, relative gap %.2g", l + 1,
                    sigma.length, sigma[l], level.beta(), level.beta() / level.zeroThreshold(),
                    level.units(), level.relativeGap()));
        }
        return new Ladder(new TrainedModel.Convex(new LadderDenoiser(sigma, networks, process,
                true)),
                List.copyOf(levels), heldOut.rows(), e.beta() != null);
    }

    /**
     * The targets −ε/σ at points y replaced by their residual on the base's score at that level, s_g,σ(y) = α s_g,t(α y) with s_g,t(x) = (α g(x, t) − x)/h, t the level's time.
     */
    private static Matrix residualTargets(Matrix y, Matrix targets, Pipeline pipeline,
                                          double t) {
        ForwardProcess process = pipeline.process();
        double alpha = process.alpha(t);
        double h = process.h(t);
        Matrix x = Matrix.zeros(y.rows(), y.cols());
        for (int i = 0; i < y.data().length; i++) {
            x.data()[i] = alpha * y.data()[i];
        }
        double[] times = new double[y.rows()];
        Arrays.fill(times, t);
        double[] g = pipeline.base().denoise(x, times).data();
        Matrix out = targets.copy();
        for (int i = 0; i < out.data().length; i++) {
            out.data()[i] -= alpha * (alpha * g[i] - x.data()[i]) / h;
        }
        return out;
    }

    /** Held-out DSM pairs at one level: x̃ = x + σ ε and targets −ε/σ. */
    private record Pairs(Matrix points, Matrix targets) {
        static Pairs draw(Matrix clean, double sigma, Rng rng) {
            Matrix noise = rng.gaussian(clean.rows(), clean.cols());
            Matrix points = clean.copy();
            Matrix targets = Matrix.zeros(clean.rows(), clean.cols());
            for (int i = 0; i < points.data().length; i++) {
                points.data()[i] += sigma * noise.data()[i];
                targets.data()[i] = -noise.data()[i] / sigma;
            }
            return new Pairs(points, targets);
        }
    }

    /** The time of a level: σ(t) = σ_l, by bisection on [T0, T] (σ increases with t). */
    static double time(ForwardProcess process, double sigma, double timeMin, double timeMax) {
        double lo = timeMin;
        double hi = timeMax;
        for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (sigma(process, mid) < sigma) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * The default number of levels: the fewest, at least 2, with neighbours at most a factor 2
     * apart in σ over [σ(T0), σ(T)], so that the log-σ interpolation between two levels never
     * bridges more than a doubling of the noise (3 levels over a factor 240 sent samples of a
     * 1-D bimodal mixture off to |x| ≈ 9; 8 levels, factor 2.2, put them within 2 times the
     * exact score's MMD, docs/estimators.md).
     */
    static int defaultLevels(ForwardProcess process, double timeMin, double timeMax) {
        double ratio = sigma(process, timeMax) / sigma(process, timeMin);
        return Math.max(2, 1 + (int) Math.ceil(Math.log(ratio) / Math.log(2) - 1e-9));
    }

    /** σ(t) = √h(t)/α(t). */
    static double sigma(ForwardProcess process, double t) {
        return Math.sqrt(process.h(t)) / process.alpha(t);
    }

    private static Level solveLevel(double sigma, GatedDenoisingProgram program,
                                    Pairs validation, Double beta,
                                    GatedRegression.Options options,
                                    List<GatedNetwork> networks) {
        double zero = GatedRegression.zeroThreshold(program);
        double[] betas = beta == null ? path(zero) : new double[] {beta};
        double[] losses = new double[betas.length];
        GatedDenoisingSolution best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        Matrix start = null;
        for (int k = 0; k < betas.length; k++) {
            GatedDenoisingSolution s = GatedRegression.solve(program.withBeta(betas[k]), options,
                    start);
            start = s.weights();
            losses[k] = heldOutLoss(s.network(), validation);
            if (losses[k] < bestLoss) {
                bestLoss = losses[k];
                best = s;
            }
        }
        networks.add(best.network());
        return new Level(sigma, best.program().beta(), zero,
                program.size(), program.gated().patterns().count(), best.network().width(),
                best.objective(), best.certificate().gap(), best.certificate().converged(),
                bestLoss, betas, losses);
    }

    private static double[] path(double zero) {
        double[] betas = new double[PATH + 1];
        for (int k = 0; k <= PATH; k++) {
            betas[k] = zero * Math.pow(0.5, k);
        }
        return betas;
    }

    /** The mean DSM loss ‖s(x̃) − t‖² of a level's network over its held-out pairs. */
    private static double heldOutLoss(GatedNetwork network, Pairs validation) {
        Matrix x = validation.points();
        Matrix t = validation.targets();
        double sum = 0;
        for (int i = 0; i < x.rows(); i++) {
            double[] s = network.value(x.row(i));
            for (int c = 0; c < s.length; c++) {
                double r = s[c] - t.get(i, c);
                sum += r * r;
            }
        }
        return sum / x.rows();
    }
}
