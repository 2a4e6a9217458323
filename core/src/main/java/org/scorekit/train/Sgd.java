package org.scorekit.train;

import java.util.List;
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
 * @param width            m
 * @param antisymmetric    antisymmetric initialisation
 * @param stepSize         η, absolute or relative to λ_max(K^∞) (full-batch meaning)
 * @param decay            step decay per epoch (≥ 0)
 * @param batchSize        b, 1 ≤ b ≤ N
 * @param shuffle          a fresh permutation per epoch (stream "batches"); else fixed order
 * @param maxSteps         the step budget (mini-batch steps)
 * @param evaluateEvery    evaluations run at every k-th step (and at the last)
 * @param evaluations      held-out quantities recorded in the history
 * @param earlyStopping    early-stopping rules (may be empty)
 * @param divergenceFactor loss growth that counts as divergence
 */
public record Sgd(int width, boolean antisymmetric, StepSize stepSize, double decay,
                  int batchSize, boolean shuffle, int maxSteps, int evaluateEvery,
                  List<Evaluation> evaluations, List<StoppingRule> earlyStopping,
                  double divergenceFactor) implements MiniBatchTrainer {
    public Sgd {
        TrainingLoop.checkSettings(width, maxSteps, evaluateEvery, divergenceFactor);
        Checks.require(stepSize != null, "step size must be given");
        Checks.nonNegative("decay", decay);
        Checks.positive("batchSize", batchSize);
        evaluations = List.copyOf(evaluations);
        earlyStopping = List.copyOf(earlyStopping);
    }

    @Override
    public Rule rule(double lambdaMax, int stepsPerEpoch, int parameters) {
        double eta = stepSize.resolve(lambdaMax);
        TrainingLoop.Update update = (step, w, gradient) -> {
            double rate = eta / (1 + decay * (step / stepsPerEpoch));
            for (int i = 0; i < w.length; i++) {
                w[i] -= rate * gradient[i];
            }
        };
        return new Rule(update, eta, eta * lambdaMax);
    }
}
