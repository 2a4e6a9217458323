package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorekit.data.Vectors.apply;
import static org.scorekit.data.Vectors.assertClose;
import static org.scorekit.data.Vectors.conjugate;
import static org.scorekit.data.Vectors.normalisedExp;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * Special cases of the general mixture formulas (spec/score-estimation.md §10 table): isotropic
 * components, point masses, rotated data and t = 0, each against its own closed form.
 */
class GaussianMixtureSpecialCasesTest {
    private static final int N = 200;

    /** Spec §10 table, isotropic row: w_k ∝ π_k c_k^{−d/2} exp(−‖x − αμ_k‖²/(2c_k)). */
    @Test
    void isotropicComponentsMatchTheClosedForm() {
        double[] pi = {0.2, 0.5, 0.3};
        double[][] mu = {{1, 0, -1}, {0, 2, 0}, {-1, -1, 0.5}};
        double[] sd = {0.3, 0.0, 0.7};
        GaussianMixture mixture = GaussianMixture.isotropic(pi, mu, sd);
        ForwardProcess p = TestMixtures.ou();
        TestMixtures.Pairs pairs = TestMixtures.draw(mixture, p, N, Rng.of(15));
        Matrix f = mixture.posteriorMean(pairs.xt(), pairs.t(), p);
        for (int i = 0; i < N; i++) {
            double alpha = p.alpha(pairs.t()[i]);
            double h = p.h(pairs.t()[i]);
            double[] x = pairs.xt().row(i);
            double[] logW = new double[3];
            double[] c = new double[3];
            for (int k = 0; k < 3; k++) {
                c[k] = alpha * alpha * sd[k] * sd[k] + h;
                double r2 = 0;
                for (int j = 0; j < 3; j++) {
                    r2 += (x[j] - alpha * mu[k][j]) * (x[j] - alpha * mu[k][j]);
                }
                logW[k] = Math.log(pi[k]) - 1.5 * Math.log(c[k]) - r2 / (2 * c[k]);
            }
            double[] w = normalisedExp(logW);
            double[] expected = new double[3];
            for (int k = 0; k < 3; k++) {
                double gain = alpha * sd[k] * sd[k] / c[k];
                for (int j = 0; j < 3; j++) {
                    expected[j] += w[k] * (mu[k][j] + gain * (x[j] - alpha * mu[k][j]));
                }
            }
            assertClose(expected, f.row(i), 1e-12, "row " + i);
        }
    }

    /** Spec §10 table, point-mass row: f* = Σ w_k μ_k, w_k ∝ π_k exp(−‖x − αμ_k‖²/(2h)). */
    @Test
    void pointMassesMatchTheClosedFormAndTheZeroCovariancePath() {
        GaussianMixture corners = BuiltinDistributions.corners4();
        GaussianMixture viaZeroCovariances = GaussianMixture.of(corners.weights(),
                corners.means(), new double[4][2][2]);
        ForwardProcess p = TestMixtures.ou();
        TestMixtures.Pairs pairs = TestMixtures.draw(corners, p, N, Rng.of(16));
        Matrix f = corners.posteriorMean(pairs.xt(), pairs.t(), p);
        double[] trace = corners.posteriorCovarianceTrace(pairs.xt(), pairs.t(), p);
        assertArrayEquals(f.data(),
                viaZeroCovariances.posteriorMean(pairs.xt(), pairs.t(), p).data());
        double[][] mu = corners.means();
        for (int i = 0; i < N; i++) {
            double alpha = p.alpha(pairs.t()[i]);
            double h = p.h(pairs.t()[i]);
            double[] x = pairs.xt().row(i);
            double[] logW = new double[4];
            for (int k = 0; k < 4; k++) {
                double r0 = x[0] - alpha * mu[k][0];
                double r1 = x[1] - alpha * mu[k][1];
                logW[k] = Math.log(0.25) - (r0 * r0 + r1 * r1) / (2 * h);
            }
            double[] w = normalisedExp(logW);
            double[] expected = new double[2];
            for (int k = 0; k < 4; k++) {
                expected[0] += w[k] * mu[k][0];
                expected[1] += w[k] * mu[k][1];
            }
            double spread = 0;
            for (int k = 0; k < 4; k++) {
                double e0 = mu[k][0] - expected[0];
                double e1 = mu[k][1] - expected[1];
                spread += w[k] * (e0 * e0 + e1 * e1);
            }
            assertClose(expected, f.row(i), 1e-12, "row " + i);
            assertEquals(spread, trace[i], 1e-12, "trace row " + i);
        }
    }

    /**
     * Rotating the data rotates the oracles: for p_0' = R p_0 (μ' = Rμ, Σ' = R Σ R^T),
     * f*'(Rx) = R f*(x), s'(Rx) = R s(x), and tr Cov and log p_t are unchanged. A diagonal Σ takes
     * the axis-aligned path and its rotation the eigenbasis path, so the two paths meet here.
     */
    @Test
    void rotatedMixtureHasRotatedOracles() {
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        double[][] rotation = {{c, -s}, {s, c}};
        double[] pi = {0.6, 0.4};
        double[][] mu = {{1.0, 0.5}, {-0.5, -1.0}};
        double[][][] sigma = {{{0.4, 0}, {0, 0.01}}, {{0, 0}, {0, 0.2}}};
        GaussianMixture axis = GaussianMixture.of(pi, mu, sigma);
        double[][][] rotatedSigma = new double[2][][];
        double[][] rotatedMu = new double[2][];
        for (int k = 0; k < 2; k++) {
            rotatedMu[k] = apply(rotation, mu[k]);
            rotatedSigma[k] = conjugate(rotation, sigma[k]);
        }
        GaussianMixture rotated = GaussianMixture.of(pi, rotatedMu, rotatedSigma);
        ForwardProcess p = TestMixtures.ou();
        TestMixtures.Pairs pairs = TestMixtures.draw(axis, p, N, Rng.of(17));
        Matrix rx = Matrix.zeros(N, 2);
        for (int i = 0; i < N; i++) {
            double[] r = apply(rotation, pairs.xt().row(i));
            rx.set(i, 0, r[0]);
            rx.set(i, 1, r[1]);
        }
        Matrix f = axis.posteriorMean(pairs.xt(), pairs.t(), p);
        Matrix fr = rotated.posteriorMean(rx, pairs.t(), p);
        Matrix sc = axis.score(pairs.xt(), pairs.t(), p);
        Matrix scr = rotated.score(rx, pairs.t(), p);
        double[] tr = axis.posteriorCovarianceTrace(pairs.xt(), pairs.t(), p);
        double[] trr = rotated.posteriorCovarianceTrace(rx, pairs.t(), p);
        double[] ld = axis.logDensity(pairs.xt(), pairs.t(), p);
        double[] ldr = rotated.logDensity(rx, pairs.t(), p);
        for (int i = 0; i < N; i++) {
            assertClose(apply(rotation, f.row(i)), fr.row(i), 1e-12, "f* row " + i);
            assertClose(apply(rotation, sc.row(i)), scr.row(i), 1e-10, "score row " + i);
            assertEquals(tr[i], trr[i], 1e-12, "trace row " + i);
            assertEquals(ld[i], ldr[i], 1e-11, "log density row " + i);
        }
    }

    /** At t = 0 with every Σ_k positive definite, C_k = Σ_k and f*(x, 0) = x. */
    @Test
    void atTimeZeroThePositiveDefiniteDenoiserIsTheIdentity() {
        GaussianMixture mixture = BuiltinDistributions.aniso8();
        Matrix x = mixture.sample(20, Rng.of(19));
        double[] t = new double[20];
        Matrix f = mixture.posteriorMean(x, t, TestMixtures.ou());
        assertClose(x.data(), f.data(), 1e-12, "f*(x, 0)");
        double[] trace = mixture.posteriorCovarianceTrace(x, t, TestMixtures.ou());
        for (double v : trace) {
            assertEquals(0.0, v, 1e-12);
        }
    }
}
