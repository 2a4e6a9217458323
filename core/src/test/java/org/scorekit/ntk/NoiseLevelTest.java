package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.random.Rng;

class NoiseLevelTest {
    private static final int N = 400;
    private static final int D_OUT = 2;

    /** Inputs (x, t) with x ~ N(0, I_2), t ~ U[0.05, 2], as in the DSM problems. */
    private static Matrix inputs(Rng rng) {
        Matrix z = Matrix.zeros(N, 3);
        for (int j = 0; j < N; j++) {
            z.set(j, 0, rng.nextGaussian());
            z.set(j, 1, rng.nextGaussian());
            z.set(j, 2, rng.uniform(0.05, 2.0));
        }
        return z;
    }

    /** A function inside the RKHS: f*(z) = Σ_c κ(z, u_c) β_c with 5 random centres. */
    private static Matrix target(Matrix z, Rng rng) {
        Matrix centres = inputs(rng).rowRange(0, 5);
        Matrix beta = rng.gaussian(5, D_OUT);
        Matrix f = Matrix.zeros(N, D_OUT);
        for (int j = 0; j < N; j++) {
            double[] zj = z.row(j);
            for (int c = 0; c < 5; c++) {
                double[] uc = centres.row(c);
                double dot = zj[0] * uc[0] + zj[1] * uc[1] + zj[2] * uc[2];
                double k = ReluNtk.kappa(dot, norm(zj), norm(uc));
                for (int o = 0; o < D_OUT; o++) {
                    f.set(j, o, f.get(j, o) + k * beta.get(c, o));
                }
            }
        }
        return f;
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    @ParameterizedTest
    @CsvSource({"1, 0.3", "2, 0.1", "3, 1.0"})
    void recoversAKnownGaussianNoiseLevel(long seed, double sigma) {
        Rng rng = Rng.of(seed);
        Matrix z = inputs(rng.fork("inputs"));
        Matrix y = target(z, rng.fork("target"));
        Matrix noise = rng.fork("noise").gaussian(N, D_OUT);
        for (int i = 0; i < y.data().length; i++) {
            y.data()[i] += sigma * noise.data()[i];
        }
        KernelSpectrum spectrum = KernelSpectrum.of(z);
        SymmetricEigen eigen = spectrum.eigen();
        NoiseLevel est = NoiseLevel.estimate(spectrum, y);
        // Noise part of σ̂² at the chosen ridge: mean σ² t2/t1, variance 2σ⁴ d t4/(d t1)², with
        // t_k = tr((I − S)^k). Four standard deviations (false failure about 6e-5 per case)
        // plus the smoothing bias, which the GCV choice keeps below one standard deviation here.
        double t1 = 0;
        double t2 = 0;
        double t4 = 0;
        for (double mu : eigen.values()) {
            double r = est.ridge() / (Math.max(mu, 0) + est.ridge());
            t1 += r;
            t2 += r * r;
            t4 += r * r * r * r;
        }
        double s2 = sigma * sigma;
        double sd = s2 * Math.sqrt(2 * D_OUT * t4) / (D_OUT * t1);
        double estimate2 = est.sigma() * est.sigma();
        assertEquals(s2 * t2 / t1, estimate2, 5 * sd,
                "sigma " + sigma + ": estimate " + est.sigma() + ", dof " + est.degreesOfFreedom());
        assertEquals(sigma, est.sigma(), 0.1 * sigma);
        assertEquals(N - t1, est.degreesOfFreedom(), 1e-9 * N);
    }

    @Test
    void noiseFreeLabelsGiveASmallEstimate() {
        Rng rng = Rng.of(4);
        Matrix z = inputs(rng.fork("inputs"));
        Matrix y = target(z, rng.fork("target"));
        NoiseLevel est = NoiseLevel.estimate(KernelSpectrum.of(z), y);
        double scale = y.frobeniusNorm() / Math.sqrt(N * D_OUT);
        assertTrue(est.sigma() < 1e-3 * scale, "estimate " + est.sigma() + " vs scale " + scale);
    }

    @Test
    void invalidArgumentsAreRejected() {
        Matrix z = Rng.of(5).gaussian(4, 3);
        assertThrows(IllegalArgumentException.class, () -> NoiseLevel.estimate(KernelSpectrum.of(z), Matrix.zeros(3, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> NoiseLevel.estimate(KernelSpectrum.of(Rng.of(5).gaussian(1, 3)), Matrix.zeros(1, 2)));
    }
}
