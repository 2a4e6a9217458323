package org.scorekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** The fixture itself is checked before other tests lean on it. */
class GaussianOracleTest {
    private final GaussianOracle oracle = GaussianOracle.of(new double[] {1.0, -0.5}, 0.6,
            new VpProcess(new LinearBetaSchedule(0.1, 20)));

    @Test
    void scoreIsTheGradientOfTheLogDensity() {
        double t = 0.3;
        double eps = 1e-5;
        Matrix x = Matrix.of(new double[][] {{0.2, 0.7}});
        double[] s = oracle.score().score(x, new double[] {t}).data();
        for (int k = 0; k < 2; k++) {
            double plus = logDensity(x.get(0, k) + eps, k, t);
            double minus = logDensity(x.get(0, k) - eps, k, t);
            assertEquals((plus - minus) / (2 * eps), s[k], 1e-8 * Math.abs(s[k]));
        }
    }

    private double logDensity(double x, int k, double t) {
        double v = oracle.marginalVariance(t);
        double m = oracle.marginalMean(k, t);
        return -0.5 * Math.log(2 * Math.PI * v) - (x - m) * (x - m) / (2 * v);
    }

    @Test
    void flowMapSolvesTheProbabilityFlowOde() {
        // d/dt of the flow at time t equals the forward-time PF velocity −½ g (y + S(y, t)).
        double from = 0.9;
        double y0 = 1.7;
        double t = 0.4;
        double eps = 1e-6;
        double y = oracle.flow(0, y0, from, t);
        double derivative = (oracle.flow(0, y0, from, t + eps) - oracle.flow(0, y0, from, t - eps))
                / (2 * eps);
        double score = -(y - oracle.marginalMean(0, t)) / oracle.marginalVariance(t);
        double velocity = -0.5 * oracle.process().g(t) * (y + score);
        assertEquals(velocity, derivative, 1e-7 * Math.abs(velocity));
    }

    @Test
    void posteriorMeanIsTheRegressionOfX0OnXt() {
        // Monte Carlo: E[X0 | Xt] is linear, so the least-squares slope of x0 on xt estimates
        // α s²/v and the intercept μ(1 − α slope). n = 40000; 2 checks at z = 4.5 → false-failure
        // probability ≤ 1.4e-5.
        int n = 40_000;
        double t = 0.25;
        Rng rng = Rng.of(17);
        Matrix x0 = oracle.sample(n, rng.fork("x0"));
        double[] times = new double[n];
        java.util.Arrays.fill(times, t);
        Matrix xt = oracle.process().marginal(x0, times, rng.fork("noise").gaussian(n, 2));
        double[] a = xt.column(0);
        double[] b = x0.column(0);
        SampleMoments ma = SampleMoments.of(a);
        double mb = SampleMoments.of(b).mean();
        double cov = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma.mean()) * (b[i] - mb);
        }
        cov /= n - 1;
        double slope = cov / ma.variance();
        double intercept = mb - slope * ma.mean();
        double alpha = oracle.process().alpha(t);
        double v = oracle.marginalVariance(t);
        double posteriorVariance = 0.36 * oracle.process().h(t) / v;
        double slopeSe = Math.sqrt(posteriorVariance / (n * ma.variance()));
        double interceptSe = Math.sqrt(posteriorVariance * (1.0 / n
                + ma.mean() * ma.mean() / (n * ma.variance())));
        Matrix probe = Matrix.of(new double[][] {{0.0, 0.0}, {1.0, 0.0}});
        Matrix f = oracle.posteriorMean().denoise(probe, new double[] {t, t});
        StatisticalAssert.assertWithinStandardErrors("slope", f.get(1, 0) - f.get(0, 0), slope,
                slopeSe);
        StatisticalAssert.assertWithinStandardErrors("intercept", f.get(0, 0), intercept,
                interceptSe);
        assertEquals(alpha * 0.36 / v, f.get(1, 0) - f.get(0, 0), 1e-14);
    }
}
