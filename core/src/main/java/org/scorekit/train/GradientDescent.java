package org.scorekit.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorekit.checks.Checks;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;

/**
 * Full-batch gradient descent W(τ+1) = W(τ) − η ∇L(W(τ)) on L = ½ Σ ‖f_W(z_j) − y_j‖² for the
 * NTK-parametrised {@link TwoLayerRelu} (spec §5). Each step is one pass of the fused blocked
 * kernel {@link FusedGradient}. Stops on the first of: the step budget, divergence (non-finite
 * loss or loss above {@code divergenceFactor} × the initial loss), or an early-stopping rule;
 * an early-stopping rule's selected step is returned as the model.
 *
 * @param width            m
 * @param antisymmetric    antisymmetric initialisation (f_{W(0)} ≡ 0)
 * @param stepSize         η, absolute or relative to λ_max(K^∞)
 * @param maxSteps         the step budget
 * @param evaluateEvery    evaluations run at every k-th step (and at the last)
 * @param evaluations      held-out quantities recorded in the history
 * @param earlyStopping    early-stopping rules (may be empty)
 * @param divergenceFactor loss growth that counts as divergence
 */
public record GradientDescent(int width, boolean antisymmetric, StepSize stepSize, int maxSteps,
                              int evaluateEvery, List<Evaluation> evaluations,
                              List<StoppingRule> earlyStopping, double divergenceFactor)
        implements Trainer<TwoLayerRelu> {
    public GradientDescent {
        Checks.positive("width", width);
        Checks.nonNegative("max steps", maxSteps);
        Checks.positive("evaluateEvery", evaluateEvery);
        Checks.require(stepSize != null, "step size must be given");
        Checks.positive("divergenceFactor", divergenceFactor);
        evaluations = List.copyOf(evaluations);
        earlyStopping = List.copyOf(earlyStopping);
    }

    @Override
    public TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, Rng rng,
                                              TrainingListener listener) {
        int inDim = problem.inputs().width();
        TwoLayerRelu network = TwoLayerRelu.initialize(width, inDim, problem.dataDimension(),
                antisymmetric, rng);
        return train(problem, network, listener);
    }

    /** Trains a copy of the given initial network. */
    public TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, TwoLayerRelu initial,
                                              TrainingListener listener) {
        Checks.sameSize("initial network width", width, initial.width());
        double lambdaMax = ReluNtk.lambdaMax(problem.z());
        double eta = stepSize.resolve(lambdaMax);
        TwoLayerRelu network = initial.copy();
        FusedGradient kernel = new FusedGradient(problem.z(), problem.y(), width);
        double[] gradient = new double[network.firstLayerData().length];
        double[] w = network.firstLayerData();
        TrainingHistory history = new TrainingHistory();
        Optional<String> monitored = earlyStopping.stream()
                .flatMap(r -> r.monitoredEvaluation().stream()).findFirst();
        Map<Integer, double[]> snapshots = new LinkedHashMap<>();
        double bestMonitored = Double.POSITIVE_INFINITY;
        double entries = (double) problem.size() * problem.dataDimension();
        double initialLoss = Double.NaN;
        listener.started(maxSteps);
        StopReason reason = null;
        for (int step = 0; reason == null; step++) {
            double loss = kernel.compute(network, gradient);
            if (step == 0) {
                initialLoss = loss;
            }
            boolean evaluate = step % evaluateEvery == 0 || step == maxSteps;
            Map<String, Double> values = new LinkedHashMap<>();
            if (evaluate) {
                for (Evaluation e : evaluations) {
                    values.put(e.name(), e.evaluate(network));
                }
            }
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
                for (int i = 0; i < w.length; i++) {
                    w[i] -= eta * gradient[i];
                }
            }
        }
        listener.finished(reason);
        double[] selected = snapshots.get(reason.selectedStep());
        if (selected != null) {
            System.arraycopy(selected, 0, w, 0, w.length);
        }
        return new TrainingResult<>(network, initial.copy(), history, reason, eta,
                eta * lambdaMax, lambdaMax);
    }

    private StopReason stopReason(TrainingHistory history, int step, double loss,
                                  double initialLoss) {
        if (!Double.isFinite(loss) || loss > divergenceFactor * Math.max(initialLoss, 1e-300)) {
            return StopReason.diverged(step, loss);
        }
        for (StoppingRule rule : earlyStopping) {
            Optional<StopReason> r = rule.check(history);
            if (r.isPresent()) {
                return r.get();
            }
        }
        return new MaxSteps(maxSteps).check(history).orElse(null);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
