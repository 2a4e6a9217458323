package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.scorekit.testkit.StatisticalAssert.assertWithinStandardErrors;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.random.Rng;

/**
 * For p_0 = N(μ, I_d) and g ≡ 1 the posterior covariance is h I (since α² + h = 1), so the
 * Bayes risk is 𝓑 = d E_t h = d (1 − (e^{−T0} − e^{−T})/(T − T0)), and f* + c has label risk
 * 𝓑 + ‖c‖² (spec §3 decomposition). Statistical checks allow 4.5 standard errors of a mean
 * over 4000 draws (normal approximation): false-failure probability 7e-6 each.
 */
class DenoiserRiskTest {
    private static final double T0 = 0.05;
    private static final double T = 2.0;
    private static final ForwardProcess OU = new VpProcess(new ConstantSchedule(1.0));
    private static final IsotropicGaussian DATA =
            new IsotropicGaussian(new double[] {2.0, -1.0}, 1.0);
    private static final Denoiser EXACT = new GaussianPosteriorMean(DATA, OU);
    private static final DenoiserRisk RISK = DenoiserRisk.of(OU, T0, T);
    private static final double BAYES = 2 * (1 - (Math.exp(-T0) - Math.exp(-T)) / (T - T0));

    @Test
    void theExactDenoiserAttainsTheBayesRisk() {
        assertWithinStandardErrors("Bayes risk", BAYES,
                RISK.estimate(EXACT, DATA, 4000, Rng.of(1)));
    }

    @Test
    void anOffsetAddsItsSquaredNorm() {
        Denoiser f = new PerturbedDenoiser(EXACT, new double[] {0.3, -0.4}, 0.0);
        assertWithinStandardErrors("label risk of f* + c", BAYES + 0.25,
                RISK.estimate(f, DATA, 4000, Rng.of(2)));
    }

    @Test
    void aHeldOutSetWithOneRepeatPerRowIsAFreshDraw() {
        Matrix heldOut = DATA.sample(4000, Rng.of(3).fork("held-out"));
        assertWithinStandardErrors("held-out Bayes risk", BAYES,
                RISK.estimate(EXACT, heldOut, 1, Rng.of(3)));
    }

    @Test
    void everyHeldOutRowIsUsedRepeatsTimes() {
        // With f ≡ 0 the loss is ‖x_0‖², and with one stratum the estimate is the plain mean.
        Matrix heldOut = Matrix.of(new double[][] {{1, 0}, {0, 2}, {3, 0}});
        DenoiserRisk oneStratum = new DenoiserRisk(OU, T0, T, 1);
        Denoiser zero = new Denoiser() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public Matrix denoise(Matrix x, double[] t) {
                return Matrix.zeros(x.rows(), 2);
            }
        };
        Estimate e = oneStratum.estimate(zero, heldOut, 5, Rng.of(4));
        assertEquals((1 + 4 + 9) / 3.0, e.value(), 1e-14);
    }

    @Test
    void theSameRngGivesTheSameEstimate() {
        Matrix heldOut = DATA.sample(700, Rng.of(5));
        assertEquals(RISK.estimate(EXACT, heldOut, 2, Rng.of(6)),
                RISK.estimate(EXACT, heldOut, 2, Rng.of(6)));
        assertEquals(RISK.estimate(EXACT, DATA, 1500, Rng.of(6)),
                RISK.estimate(EXACT, DATA, 1500, Rng.of(6)));
    }

    @Test
    void rejectsBadArguments() {
        assertEquals("denoiser dimension vs data dimension: expected 3, got 2", assertThrows(
                IllegalArgumentException.class,
                () -> RISK.estimate(EXACT, Matrix.zeros(10, 3), 1, Rng.of(1))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RISK.estimate(EXACT, Matrix.zeros(10, 2), 0, Rng.of(1)));
        assertThrows(IllegalArgumentException.class,
                () -> RISK.estimate(EXACT, Matrix.zeros(0, 2), 1, Rng.of(1)));
        assertThrows(IllegalArgumentException.class, () -> DenoiserRisk.of(OU, T0, 0.01));
    }
}
