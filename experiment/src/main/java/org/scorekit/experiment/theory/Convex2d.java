package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scorekit.convex.Activation;
import org.scorekit.convex.ActivationPatterns;
import org.scorekit.convex.GatedFista;
import org.scorekit.convex.MultivariateProgram;
import org.scorekit.convex.MultivariateResult;
import org.scorekit.convex.MultivariateSolution;
import org.scorekit.convex.Threshold;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * The gated multivariate program (spec/convex-score.md §6.2, §6.5, §11.3) on points of a circle,
 * (cos θ, sin θ) + N(0, {@value #NOISE}² I), θ ~ U(0, 2π), n = {@value #POINTS_FULL} (quick
 * {@value #POINTS_QUICK}), ReLU, patterns from {@value #GATES} Gaussian gates: β from n/8 to n,
 * each result an optimum with its certificate, unbounded (β below a certified lower bound on
 * β_min) or undecided (between the bounds); the recovered network's objective evaluated
 * independently; then β just above the certified upper bound on β_min, whose learned score's
 * vector field and annealed-step Langevin samples are shown ({@link CircleSamples}).
 */
public final class Convex2d implements TheoryExperiment {
    static final int POINTS_FULL = 40;
    static final int POINTS_QUICK = 30;
    static final int GATES = 200;
    static final double NOISE = 0.05;
    /** β / n of the sweep (§11.3: β = 5, 10, 20, 30, 40 at n = 40). */
    static final double[] BETA_FRACTIONS = {0.125, 0.25, 0.5, 0.75, 1.0};
    /** The last β of the sweep as a multiple of the certified upper bound on β_min. */
    static final double NEAR_THRESHOLD = 1.05;
    /** Relative agreement asked of the gap and of the recovered network's objective. */
    static final double TOLERANCE = 1e-6;

    @Override
    public ExperimentResult run(ExperimentOptions options, RunListener listener) {
        int n = options.quick() ? POINTS_QUICK : POINTS_FULL;
        Rng rng = Rng.of(options.seed());
        Matrix x = circle(n, rng.fork("data"));
        ActivationPatterns patterns = ActivationPatterns.sample(x, GATES, rng.fork("gates"));
        ResultParts parts = new ResultParts();
        List<double[]> solved = new ArrayList<>();
        List<double[]> unsolved = new ArrayList<>();
        List<MultivariateSolution> optima = new ArrayList<>();
        double[] betas = Arrays.copyOf(BETA_FRACTIONS, BETA_FRACTIONS.length + 1);
        for (int k = 0; k < BETA_FRACTIONS.length; k++) {
            betas[k] *= n;
        }
        // The last β sits just above the certified upper bound on β_min met so far: the least
        // regularised program that is known to be bounded, with the richest score.
        double upper = n;
        for (int k = 0; k < betas.length; k++) {
            double beta = k < BETA_FRACTIONS.length ? betas[k] : Math.min(n, NEAR_THRESHOLD * upper);
            listener.stage("gated program on the circle, beta = " + UnivariateCases.number(beta));
            MultivariateResult r = GatedFista.solve(new MultivariateProgram(x, patterns, Activation.RELU, beta));
            Threshold threshold = r.threshold();
            upper = Math.min(upper, threshold.upper());
            Optional<MultivariateSolution> s = r.optimum();
            if (s.isPresent()) {
                optima.add(s.get());
                solved.add(new double[] {beta, s.get().objective(), s.get().certificate().gap(),
                        s.get().network().width(), new GatedScore(s.get().network()).objective(x, beta),
                        threshold.lower(), threshold.upper()});
            } else {
                unsolved.add(new double[] {beta, threshold.lower(), threshold.upper(),
                        beta < threshold.lower() ? 0 : 1});
            }
        }
        parts.tables.add(new ResultTable("optima", List.of("beta", "optimum", "gap", "neurons",
                "recovered_objective", "beta_min_lower", "beta_min_upper"), solved));
        parts.tables.add(new ResultTable("unbounded", List.of("beta", "beta_min_lower", "beta_min_upper",
                "undecided"), unsolved));
        parts.plots.add(new PlotSpec("optima", "Certified optimum against beta (bounded beta only)", "optima",
                "beta", List.of("optimum", "recovered_objective"), "objective", false, false));
        addClaims(parts, n, solved, unsolved);
        if (!optima.isEmpty()) {
            CircleSamples.addTo(parts, x, optima.get(optima.size() - 1), options.quick(), rng.fork("langevin"),
                    listener);
        }
        String summary = String.format(Locale.ROOT, "n = %d points (cos t, sin t) + N(0, %s^2 I), t ~ U(0, 2 pi);"
                + " ReLU gated program (spec §6.2) on %d distinct patterns from %d Gaussian gates; FISTA with SVT"
                + " and a duality-gap certificate; beta = %s n, then 1.05 x the certified upper bound on beta_min. Unbounded: beta below a certified lower bound on"
                + " beta_min; undecided: between the bounds (column undecided = 1).%s", n, NOISE,
                patterns.count(), GATES, "0.125, 0.25, 0.5, 0.75, 1 x", options.quick() ? " Quick sizes." : "");
        return parts.result(BuiltinExperiment.CONVEX_2D, "Multivariate gated convex score matching on a circle",
                summary);
    }

    private static void addClaims(ResultParts parts, int n, List<double[]> solved, List<double[]> unsolved) {
        StringBuilder listed = new StringBuilder();
        for (double[] u : unsolved) {
            listed.append(listed.length() == 0 ? "" : "; ").append(u[3] == 0
                    ? String.format(Locale.ROOT, "beta = %s: unbounded (beta_min >= %.3g)",
                            UnivariateCases.number(u[0]), u[1])
                    : String.format(Locale.ROOT, "beta = %s: undecided (%.3g <= beta_min <= %.3g)",
                            UnivariateCases.number(u[0]), u[1], u[2]));
        }
        parts.claim("small beta is reported unbounded (or undecided between the certified bounds), never as a"
                + " number (§6.5, §11.3)", unsolved.stream().anyMatch(u -> u[3] == 0), listed.toString());
        double worstGap = 0;
        double worstRecovery = 0;
        for (double[] r : solved) {
            double scale = Math.max(1.0, Math.abs(r[1]));
            worstGap = Math.max(worstGap, Math.abs(r[2]) / scale);
            worstRecovery = Math.max(worstRecovery, Math.abs(r[4] - r[1]) / scale);
        }
        parts.claim("every bounded beta is solved to a relative gap <= " + TOLERANCE + ", and the recovered"
                + " network's objective, evaluated without the solver, equals the program's", !solved.isEmpty()
                && worstGap <= TOLERANCE && worstRecovery <= TOLERANCE, String.format(Locale.ROOT,
                "%d optima, largest relative gap %.1e, largest relative recovery difference %.1e", solved.size(),
                worstGap, worstRecovery));
        Optional<double[]> atN = solved.stream().filter(r -> r[0] == n).findFirst();
        parts.claim("beta = n gives the zero score (objective 0, no neurons)", atN.isPresent()
                && atN.get()[1] == 0 && atN.get()[3] == 0, atN.map(r -> String.format(Locale.ROOT,
                "optimum %s, %.0f neurons", r[1], r[3])).orElse("beta = n was not solved"));
        for (double[] r : solved) {
            parts.fit("certified optimum at beta = " + UnivariateCases.number(r[0]), r[1],
                    String.format(Locale.ROOT, "%.0f neurons; §11.3 (another draw): -27.32 at beta = 20, -5.20 at"
                            + " 30, 0 at 40", r[3]));
        }
    }

    /** n points (cos θ, sin θ) + N(0, NOISE² I), θ ~ U(0, 2π). */
    static Matrix circle(int n, Rng rng) {
        Matrix x = Matrix.zeros(n, 2);
        for (int i = 0; i < n; i++) {
            double theta = rng.uniform(0, 2 * Math.PI);
            x.set(i, 0, Math.cos(theta) + NOISE * rng.nextGaussian());
            x.set(i, 1, Math.sin(theta) + NOISE * rng.nextGaussian());
        }
        return x;
    }
}
