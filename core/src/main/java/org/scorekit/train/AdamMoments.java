package org.scorekit.train;

import org.scorekit.checks.Checks;

/**
 * The moment estimates and update of Adam (Kingma and Ba 2015, arXiv 1412.6980, Algorithm 1)
 * for one parameter vector, with k the 1-based step:
 *
 * <pre>
 * m_k = β1 m_{k−1} + (1 − β1) g,   v_k = β2 v_{k−1} + (1 − β2) g²
 * θ ← θ − lr · m̂_k / (√v̂_k + ε),   m̂_k = m_k/(1 − β1^k),   v̂_k = v_k/(1 − β2^k)
 * </pre>
 *
 * Shared by {@link Adam} and the non-convex baseline of spec/convex-score.md §9.
 */
public final class AdamMoments {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] first;
    private final double[] second;

    /**
     * Zero moments for {@code parameters} values.
     *
     * @param learningRate lr &gt; 0, in parameter units per step
     * @param beta1        β1 ∈ [0, 1)
     * @param beta2        β2 ∈ [0, 1)
     * @param epsilon      ε ≥ 0
     */
    public AdamMoments(double learningRate, double beta1, double beta2, double epsilon,
                       int parameters) {
        Checks.positive("learningRate", learningRate);
        Checks.require(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1): " + beta1);
        Checks.require(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1): " + beta2);
        Checks.nonNegative("epsilon", epsilon);
        Checks.nonNegative("parameters", parameters);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.first = new double[parameters];
        this.second = new double[parameters];
    }

    /** Kingma and Ba's β1, β2 and ε ({@link Adam#DEFAULT_BETA1} and the following constants). */
    public static AdamMoments of(double learningRate, int parameters) {
        return new AdamMoments(learningRate, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2,
                Adam.DEFAULT_EPSILON, parameters);
    }

    /** One update of θ (in place) with gradient g at the 1-based step k. */
    public void stepInPlace(int k, double[] theta, double[] g) {
        stepInPlace(k, theta, g, 1.0);
    }

    /**
     * One update of θ (in place) with gradient g at the 1-based step k, at the learning rate
     * times {@code scale} ∈ [0, 1] (a schedule's factor at this step).
     */
    public void stepInPlace(int k, double[] theta, double[] g, double scale) {
        Checks.require(scale >= 0 && scale <= 1, "scale must be in [0, 1]: " + scale);
        double rate = learningRate * scale;
        Checks.sameSize("gradient entries", theta.length, g.length);
        Checks.sameSize("parameters", first.length, theta.length);
        double correction1 = 1 - Math.pow(beta1, k);
        double correction2 = 1 - Math.pow(beta2, k);
        for (int i = 0; i < theta.length; i++) {
            first[i] = beta1 * first[i] + (1 - beta1) * g[i];
            second[i] = beta2 * second[i] + (1 - beta2) * g[i] * g[i];
            double mHat = first[i] / correction1;
            double vHat = second[i] / correction2;
            double denominator = Math.sqrt(vHat) + epsilon;
            theta[i] -= denominator > 0 ? rate * mHat / denominator : 0.0;
        }
    }
}
