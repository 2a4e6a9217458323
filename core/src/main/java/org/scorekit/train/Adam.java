package org.scorekit.train;

import java.util.List;
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
 * stepSize is lr and its stepSizeRelative is NaN (no λ_max convention applies); λ_max(K^∞) is
 * still reported. Recording, evaluations, stopping and sample-gradient counts follow
 * {@link Sgd}; batchSize = N without shuffling is full-batch Adam.
 *
 * @param width            m
 * @param antisymmetric    antisymmetric initialisation
 * @param learningRate     lr &gt; 0
 * @param beta1            β1 ∈ [0, 1)
 * @param beta2            β2 ∈ [0, 1)
 * @param epsilon          ε ≥ 0
 * @param batchSize        b, 1 ≤ b ≤ N
 * @param shuffle          a fresh permutation per epoch (stream "batches"); else fixed order
 * @param maxSteps         the step budget
 * @param evaluateEvery    evaluations run at every k-th step (and at the last)
 * @param evaluations      held-out quantities recorded in the history
 * @param earlyStopping    early-stopping rules (may be empty)
 * @param divergenceFactor loss growth that counts as divergence
 */
public record Adam(int width, boolean antisymmetric, double learningRate, double beta1,
                   double beta2, double epsilon, int batchSize, boolean shuffle, int maxSteps,
                   int evaluateEvery, List<Evaluation> evaluations,
                   List<StoppingRule> earlyStopping, double divergenceFactor)
        implements MiniBatchTrainer {
    /** The defaults of Kingma and Ba: β1 = 0.9, β2 = 0.999, ε = 10⁻⁸. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** See {@link #DEFAULT_BETA1}. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** See {@link #DEFAULT_BETA1}. */
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        TrainingLoop.checkSettings(width, maxSteps, evaluateEvery, divergenceFactor);
        Checks.positive("learningRate", learningRate);
        Checks.require(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1): " + beta1);
        Checks.require(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1): " + beta2);
        Checks.nonNegative("epsilon", epsilon);
        Checks.positive("batchSize", batchSize);
        evaluations = List.copyOf(evaluations);
        earlyStopping = List.copyOf(earlyStopping);
    }

    /** Records the learning rate as η; it has no λ_max-relative reading (NaN). */
    @Override
    public Rule rule(double lambdaMax, int stepsPerEpoch, int parameters) {
        double[] first = new double[parameters];
        double[] second = new double[parameters];
        return new Rule((step, w, g) -> updateInPlace(step + 1, w, g, first, second),
                learningRate, Double.NaN);
    }

    private void updateInPlace(int k, double[] w, double[] g, double[] first, double[] second) {
        double correction1 = 1 - Math.pow(beta1, k);
        double correction2 = 1 - Math.pow(beta2, k);
        for (int i = 0; i < w.length; i++) {
            first[i] = beta1 * first[i] + (1 - beta1) * g[i];
            second[i] = beta2 * second[i] + (1 - beta2) * g[i] * g[i];
            double mHat = first[i] / correction1;
            double vHat = second[i] / correction2;
            double denominator = Math.sqrt(vHat) + epsilon;
            w[i] -= denominator > 0 ? learningRate * mHat / denominator : 0.0;
        }
    }
}
