package org.scorekit.sample;

import org.scorekit.linalg.Matrix;
import org.scorekit.testkit.GaussianOracle;
import org.scorekit.testkit.SampleMoments;
import org.scorekit.testkit.StatisticalAssert;

/**
 * The moment checks shared by the sampler oracle tests: per coordinate, the sample mean and
 * variance of the output are compared (a) with the target p_{T0} within z·SE plus the stated
 * allowances, and (b) with the exact moments of the discrete chain started at N(0, I) within
 * z·SE alone. The allowances themselves are verified against the exact chain moments.
 */
final class SamplerMoments {
    private SamplerMoments() {
    }

    /**
     * How far N(0, I) at T shifts the continuous-time output from p_{T0}: the mean by
     * √(v(T0)/v(T)) α(T) |μ_k| and the variance by v(T0) |1/v(T) − 1|. Exact for the
     * probability-flow map of a Gaussian; an upper bound for the reverse SDE, whose mean and
     * variance errors contract faster (rates g(½ − 1/v) and g(1 − 2/v) versus ½g(1 − 1/v) and
     * g(1 − 1/v)).
     */
    static double priorMeanShift(GaussianOracle oracle, int k, double top, double bottom) {
        return Math.sqrt(oracle.marginalVariance(bottom) / oracle.marginalVariance(top))
                * oracle.process().alpha(top) * Math.abs(oracle.dataMean(k));
    }

    static double priorVarianceShift(GaussianOracle oracle, double top, double bottom) {
        return oracle.marginalVariance(bottom) * Math.abs(1 / oracle.marginalVariance(top) - 1);
    }

    /**
     * The exact chain moments of one Euler–Maruyama step from t by Δ under the linear exact score:
     * M' = c M + Δ g α μ / v, V' = c² V + g Δ with c = 1 + Δ g (½ − 1/v) at t. Updates the
     * per-coordinate means in place and returns V'.
     */
    static double eulerMaruyamaStep(GaussianOracle oracle, double[] mean, double variance,
                                    double t, double dt) {
        double v = oracle.marginalVariance(t);
        double g = oracle.process().g(t);
        double c = 1 + dt * g * (0.5 - 1 / v);
        for (int k = 0; k < mean.length; k++) {
            mean[k] = c * mean[k] + dt * g * oracle.marginalMean(k, t) / v;
        }
        return c * c * variance + g * dt;
    }

    /**
     * The exact chain moments of one Langevin step of size a at t under the linear exact score:
     * M ← e M + (a/2v) α μ, V ← e² V + a with e = 1 − a/(2v). Updates the means in place and
     * returns the new variance.
     */
    static double langevinStep(GaussianOracle oracle, double[] mean, double variance, double t,
                               double a) {
        double v = oracle.marginalVariance(t);
        double e = 1 - a / (2 * v);
        for (int k = 0; k < mean.length; k++) {
            mean[k] = e * mean[k] + a / (2 * v) * oracle.marginalMean(k, t);
        }
        return e * e * variance + a;
    }

    /**
     * Runs checks (a) and (b) for each coordinate: 4 normal-approximation checks per coordinate
     * at z = 4.5, so the false-failure probability is at most 4 d · 6.8e-6.
     */
    static void assertMoments(Matrix samples, GaussianOracle oracle, double top, double bottom,
                              double[] chainMean, double chainVariance, double meanAllowance,
                              double varianceAllowance) {
        for (int k = 0; k < samples.cols(); k++) {
            double targetMean = oracle.marginalMean(k, bottom);
            double targetVariance = oracle.marginalVariance(bottom);
            double meanBudget = priorMeanShift(oracle, k, top, bottom) + meanAllowance;
            double varianceBudget = priorVarianceShift(oracle, top, bottom) + varianceAllowance;
            if (!(Math.abs(chainMean[k] - targetMean) <= meanBudget)) {
                throw new AssertionError("discrete-chain mean " + chainMean[k] + " misses the target "
                        + targetMean + " by more than the stated allowance " + meanBudget);
            }
            if (!(Math.abs(chainVariance - targetVariance) <= varianceBudget)) {
                throw new AssertionError("discrete-chain variance " + chainVariance
                        + " misses the target " + targetVariance + " by more than " + varianceBudget);
            }
            SampleMoments m = SampleMoments.ofColumn(samples, k);
            double z = StatisticalAssert.Z;
            StatisticalAssert.assertWithin("mean " + k + " vs p_T0", targetMean, m.mean(),
                    m.meanStandardError(), z, meanBudget);
            StatisticalAssert.assertWithin("variance " + k + " vs p_T0", targetVariance,
                    m.variance(), m.varianceStandardError(), z, varianceBudget);
            StatisticalAssert.assertWithin("mean " + k + " vs discrete chain", chainMean[k],
                    m.mean(), m.meanStandardError(), z, 0.0);
            StatisticalAssert.assertWithin("variance " + k + " vs discrete chain", chainVariance,
                    m.variance(), m.varianceStandardError(), z, 0.0);
        }
    }
}
