package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.model.TwoLayerRelu;

/**
 * Adam (Kingma and Ba 2015, arXiv 1412.6980, Algorithm 1) on the first layer of
 * {@link TwoLayerRelu} with the loss of {@link GradientDescent} (spec §5). With g_τ the
 * (mini-batch, N/b-scaled, see {@code MiniBatches}) gradient at W(τ) and k = τ + 1:
 *
 * <pre>
 * m_k = β1 m_{k−1} + (1 − β1) g_τ,   v_k = β2 v_{k−1} + (1 − β2) g_τ²
 * W(τ+1) = W(τ) − lr · m̂_k / (√v̂_k + ε),   m̂_k = m_k/(1 − β1^k),   v̂_k = v_k/(1 − β2^k)
 * </pre>
 *
 * The first step is lr · g/(|g| + ε) ≈ lr · sign(g). lr is in weight units, so the result's
 * stepSize is lr and its stepSizeRelative and λ_max are NaN (no λ_max convention applies). Recording, evaluations, stopping and sample-gradient counts follow
 * {@link Sgd}; batchSize = N without shuffling is full-batch Adam.
 *
 * @param settings         width, initialisation, budget, evaluations, stopping rules, divergence
 * @param learningRate     lr &gt; 0
 * @param beta1            β1 ∈ [0, 1)
 * @param beta2            β2 ∈ [0, 1)
 * @param epsilon          ε ≥ 0
 * @param batchSize        b, 1 ≤ b ≤ N
 * @param shuffle          a fresh permutation per epoch (stream "batches"); else fixed order
 */
public record Adam(TrainingSettings settings, double learningRate, double beta1, double beta2,
                   double epsilon, int batchSize, boolean shuffle) implements MiniBatchTrainer {
    /** The defaults of Kingma and Ba: β1 = 0.9, β2 = 0.999, ε = 10⁻⁸. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** See {@link #DEFAULT_BETA1}. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** See {@link #DEFAULT_BETA1}. */
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        Checks.require(settings != null, "settings must be given");
        Checks.positive("learningRate", learningRate);
        Checks.require(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1): " + beta1);
        Checks.require(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1): " + beta2);
        Checks.nonNegative("epsilon", epsilon);
        Checks.positive("batchSize", batchSize);
    }

    /** Kingma and Ba's β1, β2 and ε. */
    public static Adam of(TrainingSettings settings, double learningRate, int batchSize,
                          boolean shuffle) {
        return new Adam(settings, learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON,
                batchSize, shuffle);
    }

    /** Records the learning rate as η; it has no λ_max-relative reading (NaN). */
    @Override
    public Rule rule(int stepsPerEpoch, int parameters) {
        AdamMoments moments = new AdamMoments(learningRate, beta1, beta2, epsilon, parameters);
        return new Rule((step, w, g) -> moments.stepInPlace(step + 1, w, g),
                ResolvedStep.absolute(learningRate));
    }
}
