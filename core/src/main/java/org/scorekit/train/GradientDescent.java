package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

/**
 * Full-batch gradient descent W(τ+1) = W(τ) − η ∇L(W(τ)) on L = ½ Σ ‖f_W(z_j) − y_j‖² for the
 * NTK-parametrised {@link TwoLayerRelu} (spec §5). Each step is one pass of the fused blocked
 * kernel {@link FusedGradient} (or the {@link GradientKernels} factory in use, which sums the
 * same chunks in the same order). Stops on the first of: the step budget, divergence (non-finite
 * loss or loss above {@code divergenceFactor} × the initial loss), or an early-stopping rule;
 * an early-stopping rule's selected step is returned as the model. The loop is
 * {@code TrainingLoop}; one step costs N per-sample gradients.
 *
 * @param settings  width, initialisation, budget, evaluations, stopping rules, divergence
 * @param step      η, resolved by the caller against λ_max(K^∞) (computed once per run)
 * @param precision arithmetic of the fused kernel's products ({@link Precision})
 */
public record GradientDescent(TrainingSettings settings, ResolvedStep step, Precision precision)
        implements Trainer<TwoLayerRelu> {
    public GradientDescent {
        Checks.require(settings != null, "settings must be given");
        Checks.require(step != null, "step size must be given");
        Checks.require(precision != null, "precision must be given");
    }

    /** Double precision. */
    public GradientDescent(TrainingSettings settings, ResolvedStep step) {
        this(settings, step, Precision.FLOAT64);
    }

    @Override
    public TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, Rng rng,
                                              TrainingListener listener) {
        return train(problem, TrainingLoop.initialNetwork(settings, problem, rng), listener);
    }

    /** Trains a copy of the given initial network. */
    public TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, TwoLayerRelu initial,
                                              TrainingListener listener) {
        Checks.sameSize("initial network width", settings.width(), initial.width());
        double eta = step.eta();
        TwoLayerRelu network = initial.copy();
        LossGradient kernel = GradientKernels.current().create(problem.z(), problem.y(),
                settings.width(), precision);
        TrainingLoop.Outcome outcome = new TrainingLoop(settings, 0).run(network,
                (double) problem.size() * problem.dataDimension(),
                (tau, net, gradient) -> kernel.compute(net, gradient),
                (tau, w, gradient) -> {
                    for (int i = 0; i < w.length; i++) {
                        w[i] -= eta * gradient[i];
                    }
                }, listener);
        return new TrainingResult<>(network, initial.copy(), outcome.history(), outcome.reason(),
                eta, step.relative(), step.lambdaMax());
    }
}
