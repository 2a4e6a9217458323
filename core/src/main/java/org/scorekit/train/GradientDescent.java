package org.scorekit.train;

import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;

/**
 * Full-batch gradient descent W(τ+1) = W(τ) − η ∇L(W(τ)) on L = ½ Σ ‖f_W(z_j) − y_j‖² for the
 * NTK-parametrised {@link TwoLayerRelu} (spec §5). Each step is one pass of the fused blocked
 * kernel {@link FusedGradient}. Stops on the first of: the step budget, divergence (non-finite
 * loss or loss above {@code divergenceFactor} × the initial loss), or an early-stopping rule;
 * an early-stopping rule's selected step is returned as the model. The loop is
 * {@code TrainingLoop}; one step costs N per-sample gradients.
 *
 * @param width            m
 * @param antisymmetric    antisymmetric initialisation (f_{W(0)} ≡ 0)
 * @param stepSize         η, absolute or relative to λ_max(K^∞)
 * @param maxSteps         the step budget
 * @param evaluateEvery    evaluations run at every k-th step (and at the last)
 * @param evaluations      held-out quantities recorded in the history
 * @param earlyStopping    early-stopping rules (may be empty)
 * @param divergenceFactor loss growth that counts as divergence
 * @param precision        arithmetic of the fused kernel's products ({@link Precision})
 */
public record GradientDescent(int width, boolean antisymmetric, StepSize stepSize, int maxSteps,
                              int evaluateEvery, List<Evaluation> evaluations,
                              List<StoppingRule> earlyStopping, double divergenceFactor,
                              Precision precision)
        implements Trainer<TwoLayerRelu> {
    public GradientDescent {
        TrainingLoop.checkSettings(width, maxSteps, evaluateEvery, divergenceFactor);
        Checks.require(stepSize != null, "step size must be given");
        Checks.require(precision != null, "precision must be given");
        evaluations = List.copyOf(evaluations);
        earlyStopping = List.copyOf(earlyStopping);
    }

    /** Double precision. */
    public GradientDescent(int width, boolean antisymmetric, StepSize stepSize, int maxSteps,
                           int evaluateEvery, List<Evaluation> evaluations,
                           List<StoppingRule> earlyStopping, double divergenceFactor) {
        this(width, antisymmetric, stepSize, maxSteps, evaluateEvery, evaluations, earlyStopping,
                divergenceFactor, Precision.FLOAT64);
    }

    @Override
    public TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, Rng rng,
                                              TrainingListener listener) {
        return train(problem, TrainingLoop.initialNetwork(width, antisymmetric, problem, rng),
                listener);
    }

    /** Trains a copy of the given initial network. */
    public TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, TwoLayerRelu initial,
                                              TrainingListener listener) {
        Checks.sameSize("initial network width", width, initial.width());
        double lambdaMax = ReluNtk.lambdaMax(problem.z());
        double eta = stepSize.resolve(lambdaMax);
        TwoLayerRelu network = initial.copy();
        FusedGradient kernel = new FusedGradient(problem.z(), problem.y(), width, precision);
        TrainingLoop loop = new TrainingLoop(maxSteps, evaluateEvery, evaluations, earlyStopping,
                divergenceFactor, 0);
        TrainingLoop.Outcome outcome = loop.run(network,
                (double) problem.size() * problem.dataDimension(),
                (step, net, gradient) -> kernel.compute(net, gradient),
                (step, w, gradient) -> {
                    for (int i = 0; i < w.length; i++) {
                        w[i] -= eta * gradient[i];
                    }
                }, listener);
        return new TrainingResult<>(network, initial.copy(), outcome.history(), outcome.reason(),
                eta, eta * lambdaMax, lambdaMax);
    }
}
