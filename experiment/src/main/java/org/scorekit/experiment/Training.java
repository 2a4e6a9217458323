package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.scorekit.data.GaussianMixture;
import org.scorekit.linalg.BlockLanczos;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.ExactScore;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.Evaluation;
import org.scorekit.train.GradientDescent;
import org.scorekit.train.HeldOutRisk;
import org.scorekit.ntk.CouplingMonitor;
import org.scorekit.ntk.KernelDenoiser;
import org.scorekit.ntk.KernelRegression;
import org.scorekit.ntk.KernelSpectrum;
import org.scorekit.ntk.KernelTrainer;
import org.scorekit.ntk.NoiseLevel;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.ntk.RwyRule;
import org.scorekit.ntk.RwyStoppingRule;
import org.scorekit.ntk.TopSpectrum;
import org.scorekit.train.PatienceRule;
import org.scorekit.train.ResolvedStep;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StepSize;
import org.scorekit.train.StopReason;
import org.scorekit.train.StoppingRule;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingResult;
import org.scorekit.train.TrainingSettings;

/**
 * The training stage of a run: GD with two held-out evaluations recorded every k steps — the
 * label loss on a fresh validation draw and the exact denoiser risk 𝓔 on a fresh oracle draw —
 * and the spec's stopping rule.
 */
final class Training {
    private Training() {
    }

    /**
     * Halvings of the step size after a divergence before a diverged run is reported as such
     * (η down to η/16).
     */
    static final int MAX_BACKOFFS = 4;

    /**
     * Largest N at which every run decomposes K∞ densely (about 10 N³ flops and 5 N² doubles: some
     * 20 s and 1.4 GB at this N on two cores). Above it the kernel shadow and the noise level,
     * which need the whole spectrum, are computed only when the coupling diagnostics are asked
     * for, and the RWY rule only when it is the stopping rule, from the top of the spectrum by
     * block Lanczos ({@link TopSpectrum}).
     */
    static final int DENSE_SPECTRUM_LIMIT = ReluNtk.DENSE_LIMIT;

    /**
     * A trained model (the run's {@code estimator.type}) with its training record, the RWY rule
     * and the noise level of its training inputs (empty where they were not computed, see
     * {@link #DENSE_SPECTRUM_LIMIT}), and the diverged attempts that preceded it (each retried at
     * half the step size).
     */
    record Trained(TrainingResult<?> result, TrainedModel.Residual model,
                   Optional<RwyRule> rwy, Optional<NoiseLevel> noise, List<Attempt> diverged,
                   ValidationGain gain) implements Fit {
        @Override
        public Optional<TrainingHistory> history() {
            return Optional.of(result.history());
        }

        @Override
        public ObjectNode summary(ScoreMatchingProblem problem) {
            return Training.summary(this, problem);
        }
    }

    /** Whether a run of this resolved spec decomposes K∞ densely ({@link #DENSE_SPECTRUM_LIMIT}). */
    static boolean usesDenseSpectrum(ExperimentSpec spec) {
        return !spec.estimator().isConvex() && !spec.estimator().isMlp()
                && (spec.estimator().isKernel()
                || spec.metrics().coupling() || spec.problem().size() <= DENSE_SPECTRUM_LIMIT);
    }

    /** A diverged attempt: where, with which loss, at which relative step. */
    record Attempt(StopReason reason, double stepSizeRelative) {
    }

    /**
     * Trains the model f_W (or f_K) of f = g + f_W (g = {@link Pipeline#base()}) on
     * {@code problem}, whose labels are already the residuals x_0 − g; the held-out label loss
     * and the exact risk are measured on residuals too, so every history column is the risk of f.
     */
    static Trained train(Pipeline pipeline, ScoreMatchingProblem problem, Rng rng,
                         RunListener listener) {
        EstimatorSpec e = pipeline.spec().estimator();
        StoppingSpec s = pipeline.spec().stopping();
        // The oracle draw: the exact risk's points, and the coupling diagnostics' probe points.
        ScoreMatchingProblem oracleDraw = fresh(pipeline, s.oracleSize(), rng.fork("oracle"));
        HeldOutRisk validation = validation(pipeline, s, rng);
        List<HeldOutRisk> heldOut = new ArrayList<>(List.of(validation));
        pipeline.data().oracle().ifPresent(law ->
                heldOut.add(oracleRisk(pipeline, law, oracleDraw)));
        // One eigendecomposition of K∞ serves the kernel estimator, the kernel shadow, the noise
        // level and the RWY rule, which at moderate N is computed for every run so that all
        // stopping rules are reported side by side.
        KernelSpectrum spectrum = usesDenseSpectrum(pipeline.spec())
                ? KernelSpectrum.of(problem.z()) : null;
        Optional<NoiseLevel> noise = Optional.ofNullable(spectrum)
                .map(k -> NoiseLevel.estimate(k, problem.y()));
        Attempts attempts = e.isKernel()
                ? kernel(e, spectrum, problem, heldOut, listener)
                : network(pipeline, problem, oracleDraw, heldOut, spectrum, rng, listener);
        // λ_max once: from the kernel's spectrum, or for the network by power iteration up to
        // ReluNtk.DENSE_LIMIT rows and Lanczos above (bit-identical for every thread count).
        ResolvedStep step = e.stepSizeUnits().stepSize(e.stepSize()).at(e.isKernel()
                ? spectrum.lambdaMax() : ReluNtk.lambdaMax(problem.z()));
        List<Attempt> diverged = new ArrayList<>();
        while (true) {
            Optional<RwyRule> rwy = rwy(spectrum, problem, step, s, rng);
            Attempted fit = attempts.at(step, rules(s, rwy));
            StopReason reason = fit.result().stopReason();
            if (!reason.isDivergence() || diverged.size() == MAX_BACKOFFS) {
                ValidationGain gain = ValidationGain.of(
                        validation.rowLosses(fit.model().start(validation.inputs())),
                        validation.rowLosses(fit.model().fitted(validation.inputs())));
                return new Trained(fit.result(), fit.model(), rwy, noise, diverged, gain);
            }
            diverged.add(new Attempt(reason, step.relative()));
            listener.stage(String.format("training diverged at step %d (loss %.4g) with eta_rel %.3g;"
                    + " retrying with half the step size", reason.step(), reason.loss(),
                    step.relative()));
            step = new ResolvedStep(step.eta() / 2, step.lambdaMax());
        }
    }

    /** One training attempt: its record and the model it selected. */
    private record Attempted(TrainingResult<?> result, TrainedModel.Residual model) {
    }

    /** Training at a resolved step with given stopping rules (retried after a divergence). */
    private interface Attempts {
        Attempted at(ResolvedStep step, List<StoppingRule> rules);
    }

    /** GD on the network, with the coupling diagnostics when the spec asks for them. */
    private static Attempts network(Pipeline pipeline, ScoreMatchingProblem problem,
                                    ScoreMatchingProblem oracleDraw, List<HeldOutRisk> heldOut,
                                    KernelSpectrum spectrum, Rng rng, RunListener listener) {
        EstimatorSpec e = pipeline.spec().estimator();
        // The same initial network GradientDescent.train(problem, rng.fork("init"), ...) would draw.
        TwoLayerRelu initial = TwoLayerRelu.initialize(e.width(), problem.inputs().width(),
                problem.dataDimension(), e.antisymmetric(), rng.fork("init"));
        boolean coupling = pipeline.spec().metrics().coupling();
        KernelRegression kernel = coupling ? KernelRegression.of(spectrum, problem.y(), initial)
                : null;
        return (step, rules) -> {
            List<Evaluation> all = new ArrayList<>(heldOut);
            if (kernel != null) {
                all.addAll(new CouplingMonitor(kernel, oracleDraw.z(), initial, step.eta(), false)
                        .evaluations());
            }
            TrainingSettings settings = new TrainingSettings(e.width(), e.antisymmetric(),
                    e.maxSteps(), e.evaluateEvery(), all, rules, e.divergenceFactor());
            TrainingResult<TwoLayerRelu> result = new GradientDescent(settings, step,
                    e.precision()).train(problem, initial, listener);
            return new Attempted(result, new TrainedModel.Network(result.model(), result.initial(),
                    problem.inputs()));
        };
    }

    /** Kernel GD in closed form on the dense spectrum (no coupling: it is its own shadow). */
    private static Attempts kernel(EstimatorSpec e, KernelSpectrum spectrum,
                                   ScoreMatchingProblem problem, List<HeldOutRisk> heldOut,
                                   RunListener listener) {
        return (step, rules) -> {
            TrainingResult<KernelDenoiser> result = new KernelTrainer(
                    StepSize.absolute(step.eta()), e.maxSteps(), e.evaluateEvery(),
                    e.divergenceFactor()).train(spectrum, problem, heldOut, rules, listener);
            return new Attempted(result, new TrainedModel.Kernel(result.model(), result.initial()));
        };
    }

    /**
     * The RWY rule at this step size: from the dense spectrum where there is one, else by block
     * Lanczos when RWY is the stopping rule, else none.
     */
    private static Optional<RwyRule> rwy(KernelSpectrum spectrum, ScoreMatchingProblem problem,
                                         ResolvedStep step, StoppingSpec s, Rng rng) {
        if (spectrum != null) {
            return Optional.of(RwyRule.of(spectrum, step.eta(), s.sigmaEff()));
        }
        if (s.rule() != StoppingRuleKind.RWY) {
            return Optional.empty();
        }
        StepSize absolute = StepSize.absolute(step.eta());
        TopSpectrum top = TopSpectrum.forRule(problem.z(), absolute, s.sigmaEff(),
                BlockLanczos.Options.DEFAULT, rng.fork("lanczos"));
        if (!top.resolves(step.eta(), s.sigmaEff())) {
            throw new IllegalStateException("block Lanczos did not resolve the RWY rule within "
                    + BlockLanczos.Options.DEFAULT.maxDimension() + " vectors at N = "
                    + problem.size() + "; choose stopping.rule: validation");
        }
        return Optional.of(top.rule(step.eta(), s.sigmaEff()));
    }

    /** A fresh draw of triples on held-out rows (fresh draws from a law). */
    static ScoreMatchingProblem fresh(Pipeline pipeline, int size, Rng rng) {
        ProblemSpec p = pipeline.spec().problem();
        return ScoreMatchingProblem.fromClean(pipeline.data().heldOutDraws(size, rng),
                pipeline.process(), p.timeMin(), p.timeMax(), pipeline.inputs(), rng);
    }

    /** The held-out label loss on a fresh validation draw (residual labels x_0 − g). */
    static HeldOutRisk validation(Pipeline pipeline, StoppingSpec s, Rng rng) {
        ScoreMatchingProblem validation = fresh(pipeline, s.validationSize(),
                rng.fork("validation"));
        validation = pipeline.labels(validation);
        return new HeldOutRisk(TrainingHistory.VALIDATION_LOSS, validation.z(), validation.y());
    }

    /** The exact risk on the oracle draw. */
    static HeldOutRisk oracleRisk(Pipeline pipeline, GaussianMixture law,
                                          ScoreMatchingProblem oracleDraw) {
        // The exact residual f* − g in the labels' units: the risk of f_W against it is the risk of
        // f against f* (weighted by α²/h for the noise target).
        ScoreMatchingProblem exact = pipeline.labels(oracleDraw.withLabels(
                new ExactScore(law, pipeline.process()).denoise(oracleDraw.noisy(),
                        oracleDraw.times())));
        return new HeldOutRisk(TrainingHistory.ORACLE_RISK, exact.z(), exact.y());
    }

    static List<StoppingRule> rules(StoppingSpec s, Optional<RwyRule> rwy) {
        return switch (s.rule()) {
            case VALIDATION -> List.of(PatienceRule.validation(s.patience()));
            case ORACLE -> List.of(PatienceRule.oracle(s.patience()));
            case RWY -> List.of(new RwyStoppingRule(rwy.orElseThrow()));
            case MAX_STEPS -> List.of();
        };
    }

    static ObjectNode summary(Trained trained, ScoreMatchingProblem problem) {
        TrainingResult<?> r = trained.result();
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        // Named only where it is not the default network, so records of network runs keep
        // their fields (and older run directories still reproduce).
        if (trained.model() instanceof TrainedModel.Kernel) {
            t.put("estimator", EstimatorSpec.KERNEL);
        }
        t.put("steps", r.stopReason().step());
        t.put("diverged", r.stopReason().isDivergence());
        ArrayNode backoffs = t.putArray("divergedAttempts");
        for (Attempt a : trained.diverged()) {
            backoffs.addObject().put("step", a.reason().step()).put("loss", a.reason().loss())
                    .put("stepSizeRelative", a.stepSizeRelative());
        }
        t.put("stopReason", r.stopReason().kind());
        t.put("selectedStep", r.stopReason().selectedStep());
        t.put("stepSize", r.stepSize());
        t.put("stepSizeRelative", r.stepSizeRelative());
        t.put("lambdaMax", r.lambdaMax());
        TrainingHistory h = r.history();
        putSelection(t, h, r.stopReason(), problem, trained.gain());
        trained.rwy().ifPresent(rwy -> {
            t.put("tauRwy", rwy.tauHat());
            t.put("sigmaEff", rwy.sigmaEff());
            t.put("rwyStep", rwy.rwyStep());
            t.put("boundK", rwy.boundK());
            if (Double.isFinite(rwy.lambdaMin())) {
                t.put("lambdaMin", rwy.lambdaMin());
            }
            t.put("criticalRadius", rwy.criticalRadius());
            putRisk(t, "oracleRiskAtTauRwy", nearestRisk(h, rwy.tauHat()));
        });
        trained.noise().ifPresent(noise -> {
            t.put("noiseLevel", noise.sigma());
            trained.rwy().ifPresent(rwy -> t.put("rkhsScale", noise.sigma() / rwy.sigmaEff()));
        });
        putOracleRisks(t, h);
        return t;
    }

    /**
     * The fields every trained (not convex) model's summary shares, after its optimiser's: the
     * training loss at the selected step and at the start, the problem's radius and window, and
     * where the held-out evaluations were smallest, with the validation gain.
     */
    static void putSelection(ObjectNode t, TrainingHistory h, StopReason reason,
                             ScoreMatchingProblem problem, ValidationGain gain) {
        TrainingHistory.Entry selected = h.at(reason.selectedStep());
        t.put("finalTrainLoss", selected.trainLoss());
        t.put("finalTrainMse", selected.trainMse());
        t.put("initialTrainLoss", h.entries().get(0).trainLoss());
        t.put("radius", problem.radius());
        t.put("fractionOutsideRadius", problem.fractionOutside());
        t.put("timeMin", problem.timeMin());
        t.put("timeMax", problem.timeMax());
        t.put("size", problem.size());
        putArgmin(t, "tauValidation", h, TrainingHistory.VALIDATION_LOSS);
        t.put("validationGain", gain.mean());
        if (Double.isFinite(gain.stdErr())) {
            t.put("validationGainStdErr", gain.stdErr());
        }
        putArgmin(t, "tauOracle", h, TrainingHistory.ORACLE_RISK);
    }

    /** The exact risk at the oracle's, the validation's and the last step, where there is one. */
    static void putOracleRisks(ObjectNode t, TrainingHistory h) {
        OptionalInt oracle = h.argmin(TrainingHistory.ORACLE_RISK);
        if (oracle.isPresent()) {
            t.put("oracleRiskAtTauOracle", h.at(oracle.getAsInt()).evaluation(TrainingHistory.ORACLE_RISK));
        }
        OptionalInt validation = h.argmin(TrainingHistory.VALIDATION_LOSS);
        if (validation.isPresent()) {
            putRisk(t, "oracleRiskAtTauValidation", nearestRisk(h, validation.getAsInt()));
        }
        putRisk(t, "oracleRiskAtLastStep", nearestRisk(h, h.last().step()));
    }

    /** The oracle risk at the evaluated step nearest to {@code step} (evaluations run every k steps). */
    private static double nearestRisk(TrainingHistory h, int step) {
        double best = Double.NaN;
        int distance = Integer.MAX_VALUE;
        for (TrainingHistory.Entry e : h.entries()) {
            double v = e.evaluation(TrainingHistory.ORACLE_RISK);
            if (!Double.isNaN(v) && Math.abs((long) e.step() - step) < distance) {
                distance = (int) Math.min(Integer.MAX_VALUE, Math.abs((long) e.step() - step));
                best = v;
            }
        }
        return best;
    }

    /** An oracle risk, left out where there is no oracle (NaN). */
    private static void putRisk(ObjectNode t, String field, double risk) {
        if (!Double.isNaN(risk)) {
            t.put(field, risk);
        }
    }

    private static void putArgmin(ObjectNode t, String field, TrainingHistory h, String name) {
        OptionalInt step = h.argmin(name);
        if (step.isPresent()) {
            t.put(field, step.getAsInt());
        }
    }
}
