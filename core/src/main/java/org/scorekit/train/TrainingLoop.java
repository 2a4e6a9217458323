package org.scorekit.train;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

/**
 * The loop shared by the first-layer optimisers ({@link GradientDescent}, {@link Sgd},
 * {@link Adam}): at each step τ, (1) loss and gradient at W(τ), (2) record the step with its
 * due evaluations, (3) snapshot the weights if the monitored evaluation improved, (4) check
 * divergence, the early-stopping rules and the step budget, (5) update the weights. On stop the
 * weights of the selected step are restored in place.
 *
 * @param settings         budget, cadence, evaluations, early-stopping rules, divergence
 * @param samplesPerStep   per-sample gradients per step; if positive, the cumulative count
 *                         τ · samplesPerStep is recorded as {@link TrainingHistory#SAMPLE_GRADIENTS}
 *                         on evaluated steps
 */
record TrainingLoop(TrainingSettings settings, int samplesPerStep) {
    /** A fresh network for the problem's input and output dimensions. */
    static TwoLayerRelu initialNetwork(TrainingSettings settings, ScoreMatchingProblem problem,
                                       Rng rng) {
        return TwoLayerRelu.initialize(settings.width(), problem.inputs().width(),
                problem.dataDimension(), settings.antisymmetric(), rng);
    }

    /** The loss (on the sum scale ½ Σ_j over all N) at W(τ), with its gradient written out. */
    interface Objective {
        double lossAndGradient(int step, TwoLayerRelu network, double[] gradient);
    }

    /** W(τ+1) from W(τ) (in place) and the gradient of step τ. */
    interface Update {
        void applyInPlace(int step, double[] weights, double[] gradient);
    }

    /** The recorded run. */
    record Outcome(TrainingHistory history, StopReason reason) {
    }

    /** Runs the loop on {@code network} (modified in place). */
    Outcome run(TwoLayerRelu network, double entries, Objective objective, Update update,
                TrainingListener listener) {
        double[] gradient = new double[network.firstLayerData().length];
        double[] w = network.firstLayerData();
        TrainingHistory history = new TrainingHistory();
        Optional<String> monitored = settings.earlyStopping().stream()
                .flatMap(r -> r.monitoredEvaluation().stream()).findFirst();
        Map<Integer, double[]> snapshots = new LinkedHashMap<>();
        double bestMonitored = Double.POSITIVE_INFINITY;
        double initialLoss = Double.NaN;
        listener.started(settings.maxSteps());
        StopReason reason = null;
        for (int step = 0; reason == null; step++) {
            double loss = objective.lossAndGradient(step, network, gradient);
            if (step == 0) {
                initialLoss = loss;
            }
            Map<String, Double> values = evaluate(step, network);
            TrainingHistory.Entry entry = new TrainingHistory.Entry(step, loss,
                    2 * loss / entries, norm(gradient), values);
            history.add(entry);
            if (monitored.isPresent() && values.containsKey(monitored.get())
                    && values.get(monitored.get()) < bestMonitored) {
                bestMonitored = values.get(monitored.get());
                snapshots.clear();
                snapshots.put(step, w.clone());
            }
            listener.stepped(entry, network);
            reason = stopReason(history, step, loss, initialLoss);
            if (reason == null) {
                update.applyInPlace(step, w, gradient);
            }
        }
        listener.finished(reason);
        double[] selected = snapshots.get(reason.selectedStep());
        if (selected != null) {
            System.arraycopy(selected, 0, w, 0, w.length);
        }
        return new Outcome(history, reason);
    }

    private Map<String, Double> evaluate(int step, TwoLayerRelu network) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (step % settings.evaluateEvery() == 0 || step == settings.maxSteps()) {
            for (Evaluation e : settings.evaluations()) {
                values.put(e.name(), e.evaluate(network, step));
            }
            if (samplesPerStep > 0) {
                values.put(TrainingHistory.SAMPLE_GRADIENTS, (double) step * samplesPerStep);
            }
        }
        return values;
    }

    private StopReason stopReason(TrainingHistory history, int step, double loss,
                                  double initialLoss) {
        if (!Double.isFinite(loss)
                || loss > settings.divergenceFactor() * Math.max(initialLoss, 1e-300)) {
            return StopReason.diverged(step, loss);
        }
        for (StoppingRule rule : settings.earlyStopping()) {
            Optional<StopReason> r = rule.check(history);
            if (r.isPresent()) {
                return r.get();
            }
        }
        return new MaxSteps(settings.maxSteps()).check(history).orElse(null);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
