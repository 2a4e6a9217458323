package org.scorekit.mlp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorekit.linalg.Parallel;
import org.scorekit.train.AdamMoments;
import org.scorekit.train.HeldOutRisk;
import org.scorekit.train.MaxSteps;
import org.scorekit.train.Precision;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StopReason;
import org.scorekit.train.StoppingRule;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingListener;

/**
 * Trains a {@link ResidualMlp} as TabDDPM trains its denoiser: at every step a fresh mini-batch
 * of triples (z, y), the mean squared error (1/b) Σ_j ‖f_θ(z_j) − y_j‖², its gradient by
 * {@link MlpPass}, one Adam step (Kingma and Ba 2015) with a linearly decaying learning rate,
 * then θ̄ ← δ_τ θ̄ + (1 − δ_τ) θ for the moving average θ̄, which is what the held-out
 * evaluations see and what is returned. δ_τ = min(δ, (1 + τ)/(10 + τ)) warms the average up
 * (as diffusers' {@code EMAModel}): with δ = 0.999 alone a run of a few hundred steps would
 * still be mostly its zero-output start. Each step is recorded, held-out evaluations every k steps; the
 * early-stopping rules and the divergence check work as for GD. The batch is cut into
 * {@value ResidualMlp#CHUNK_ROWS}-row chunks dealt to {@value #LANES} lanes whose gradients are
 * summed in lane order, so the result does not depend on the thread count.
 *
 * @param settings the budget and the optimiser's constants
 */
public record MlpTrainer(MlpSettings settings) {
    /** Gradient accumulators, fixed so that the sum order does not follow the thread count. */
    static final int LANES = 4;

    /** The mini-batch of step τ, with labels in the units the network is to predict. */
    public interface Batches {
        ScoreMatchingProblem draw(int step);
    }

    /**
     * The trained network (the moving average at the selected step), its start, the record and
     * why training stopped.
     */
    public record Result(ResidualMlp model, ResidualMlp initial, TrainingHistory history,
                         StopReason stopReason) {
    }

    /**
     * Trains from {@code initial}.
     *
     * @param trainingSize N, the size of the training set the batches are drawn from: the loss is
     *                     recorded on GD's scale ½ Σ_j over N triples, N/2 times the batch mean
     * @param heldOut      evaluations of the moving average every k steps
     * @param rules        early-stopping rules (their selected step must be an evaluated one)
     */
    public Result train(ResidualMlp initial, Batches batches, int trainingSize,
                        List<HeldOutRisk> heldOut, List<StoppingRule> rules,
                        TrainingListener listener) {
        MlpShape shape = initial.shape();
        double[] theta = initial.parameters();
        double[] average = theta.clone();
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        Optional<String> monitored = rules.stream()
                .flatMap(r -> r.monitoredEvaluation().stream()).findFirst();
        Gradient gradient = new Gradient(shape, settings.precision());
        AdamMoments adam = AdamMoments.of(settings.learningRate(), theta.length);
        TrainingHistory history = new TrainingHistory();
        double initialLoss = Double.NaN;
        listener.started(settings.steps());
        StopReason reason = null;
        for (int step = 0; reason == null; step++) {
            ScoreMatchingProblem batch = batches.draw(step);
            double mean = gradient.compute(theta, batch);
            double loss = 0.5 * trainingSize * mean;
            initialLoss = step == 0 ? loss : initialLoss;
            Map<String, Double> values = evaluate(step, shape, average, heldOut);
            TrainingHistory.Entry entry = new TrainingHistory.Entry(step, loss,
                    mean / shape.outputs(), gradient.norm(), values);
            history.add(entry);
            if (monitored.isPresent() && values.getOrDefault(monitored.get(),
                    Double.POSITIVE_INFINITY) < bestValue) {
                bestValue = values.get(monitored.get());
                best = average.clone();
            }
            listener.stepped(entry, null);
            reason = stopReason(history, rules, step, loss, initialLoss);
            if (reason == null) {
                double decay = 1 - (double) step / settings.steps();
                adam.stepInPlace(step + 1, theta, gradient.values(), decay);
                double delta = Math.min(settings.emaDecay(), (1.0 + step) / (10.0 + step));
                for (int i = 0; i < theta.length; i++) {
                    average[i] = delta * average[i] + (1 - delta) * theta[i];
                }
            }
        }
        listener.finished(reason);
        boolean earlier = best != null && reason.selectedStep() != reason.step();
        return new Result(ResidualMlp.of(shape, earlier ? best : average, settings.precision()),
                initial, history, reason);
    }

    private Map<String, Double> evaluate(int step, MlpShape shape, double[] average,
                                         List<HeldOutRisk> heldOut) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (step % settings.evaluateEvery() == 0 || step == settings.steps()) {
            ResidualMlp model = ResidualMlp.of(shape, average, settings.precision());
            for (HeldOutRisk risk : heldOut) {
                values.put(risk.name(), risk.loss(model.forward(risk.inputs())));
            }
        }
        return values;
    }

    private StopReason stopReason(TrainingHistory history, List<StoppingRule> rules, int step,
                                  double loss, double initialLoss) {
        if (!Double.isFinite(loss)
                || loss > settings.divergenceFactor() * Math.max(initialLoss, 1e-300)) {
            return StopReason.diverged(step, loss);
        }
        for (StoppingRule rule : rules) {
            Optional<StopReason> r = rule.check(history);
            if (r.isPresent()) {
                return r.get();
            }
        }
        return new MaxSteps(settings.steps()).check(history).orElse(null);
    }

    /** The batch loss and its gradient, accumulated lane by lane in a fixed order. */
    private static final class Gradient {
        private final MlpPass[] passes = new MlpPass[LANES];
        private final double[][] lanes = new double[LANES][];
        private final double[] losses = new double[LANES];
        private final double[] values;

        Gradient(MlpShape shape, Precision precision) {
            for (int lane = 0; lane < LANES; lane++) {
                passes[lane] = new MlpPass(shape, precision, ResidualMlp.CHUNK_ROWS);
                lanes[lane] = new double[shape.parameterCount()];
            }
            values = new double[shape.parameterCount()];
        }

        /** (1/b) Σ_j ‖f_θ(z_j) − y_j‖² on the batch; its gradient goes to {@link #values}. */
        double compute(double[] theta, ScoreMatchingProblem batch) {
            int n = batch.size();
            int d = batch.dataDimension();
            double[] z = batch.z().data();
            double[] y = batch.y().data();
            int chunks = Parallel.chunkCount(n, ResidualMlp.CHUNK_ROWS);
            Parallel.forEachChunk(LANES, lane -> {
                double[] g = lanes[lane];
                Arrays.fill(g, 0);
                double sum = 0;
                for (int c = lane; c < chunks; c += LANES) {
                    int first = c * ResidualMlp.CHUNK_ROWS;
                    int count = Math.min(ResidualMlp.CHUNK_ROWS, n - first);
                    MlpPass pass = passes[lane];
                    pass.forward(theta, z, first, count);
                    double[] r = pass.output();
                    for (int i = 0; i < count * d; i++) {
                        r[i] -= y[first * d + i];
                        sum += r[i] * r[i];
                        r[i] *= 2.0 / n;
                    }
                    pass.backwardInPlace(theta, r, g);
                }
                losses[lane] = sum;
            });
            Arrays.fill(values, 0);
            double total = 0;
            for (int lane = 0; lane < LANES; lane++) {
                total += losses[lane];
                double[] g = lanes[lane];
                for (int i = 0; i < values.length; i++) {
                    values[i] += g[i];
                }
            }
            return total / n;
        }

        double[] values() {
            return values;
        }

        double norm() {
            double s = 0;
            for (double v : values) {
                s += v * v;
            }
            return Math.sqrt(s);
        }
    }
}
