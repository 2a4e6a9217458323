package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.model.TwoLayerRelu;

/**
 * Mini-batch stochastic gradient descent on the first layer of {@link TwoLayerRelu} with the
 * loss of {@link GradientDescent} (spec §5): W(τ+1) = W(τ) − η_e (N/b) ∇L_{B_τ}(W(τ)), with
 * L_B = ½ Σ_{j∈B} ‖f_W(z_j) − y_j‖² over batch B_τ of b triples ({@code MiniBatches}: an epoch
 * is ⌊N/b⌋ steps) and the step η_e = η/(1 + decay · e) in epoch e (decay = 0: fixed step).
 * The recorded train loss of step τ is the batch estimate (N/b) L_{B_τ}(W(τ)); each step costs
 * b per-sample gradients, recorded as {@link TrainingHistory#SAMPLE_GRADIENTS}. Evaluations,
 * stopping rules, divergence and listeners behave as in {@link GradientDescent}.
 *
 * @param settings  width, initialisation, budget (mini-batch steps), evaluations, stopping
 * @param step      η (full-batch meaning), resolved by the caller against λ_max(K^∞)
 * @param decay     step decay per epoch (≥ 0)
 * @param batchSize b, 1 ≤ b ≤ N
 * @param shuffle   a fresh permutation per epoch (stream "batches"); else fixed order
 */
public record Sgd(TrainingSettings settings, ResolvedStep step, double decay, int batchSize,
                  boolean shuffle) implements MiniBatchTrainer {
    public Sgd {
        Checks.require(settings != null, "settings must be given");
        Checks.require(step != null, "step size must be given");
        Checks.nonNegative("decay", decay);
        Checks.positive("batchSize", batchSize);
    }

    @Override
    public Rule rule(int stepsPerEpoch, int parameters) {
        double eta = step.eta();
        TrainingLoop.Update update = (step, w, gradient) -> {
            double rate = eta / (1 + decay * (step / stepsPerEpoch));
            for (int i = 0; i < w.length; i++) {
                w[i] -= rate * gradient[i];
            }
        };
        return new Rule(update, step);
    }
}
