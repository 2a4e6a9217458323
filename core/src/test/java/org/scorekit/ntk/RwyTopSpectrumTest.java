package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.BlockLanczos;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.train.StepSize;

/** The RWY rule from the top of the K^∞ spectrum (block Lanczos) against the dense rule. */
class RwyTopSpectrumTest {
    private static final int N = 1000;
    private static final double[] SIGMAS = {0.01, 0.03, 0.1};

    @ParameterizedTest
    @ValueSource(ints = {3, 25})
    void tauHatAndCriticalRadiusAgreeWithTheDenseRule(int dim) {
        Matrix z = NtkFixtures.inputs(N, dim, Rng.of(dim));
        KernelSpectrum dense = KernelSpectrum.of(z);
        double eta = 1.0 / dense.lambdaMax();
        // The smallest σ_eff needs the finest resolution (ε_N and 1/Ω_{τ̂+1} shrink with σ_eff),
        // so its top spectrum serves the larger ones too.
        TopSpectrum top = TopSpectrum.forRule(z, StepSize.relative(1.0), SIGMAS[0],
                BlockLanczos.Options.DEFAULT, Rng.of(5));
        assertTrue(top.count() < N / 4, "k = " + top.count());
        assertEquals(dense.lambdaMax(), top.lambdaMax(), 1e-12 * dense.lambdaMax());
        for (double sigmaEff : SIGMAS) {
            assertTrue(top.resolves(eta, sigmaEff), "σ_eff " + sigmaEff + ", k = " + top.count());
            RwyRule exact = RwyRule.of(dense, eta, sigmaEff);
            RwyRule rule = top.rule(eta, sigmaEff);
            assertEquals(exact.tauHat(), rule.tauHat());
            assertEquals(exact.rwyStep(), rule.rwyStep(), 0.0);
            assertEquals(exact.criticalRadius(), rule.criticalRadius(),
                    radiusTolerance(exact, top) * exact.criticalRadius());
        }
    }

    /**
     * Ω* solves F(Ω)² = c² with dF²/dΩ ≥ F²/Ω; F² grows by at most Ω² δ/N, δ the normalised Ritz
     * error, so Ω* moves by at most a relative Ω*² δ/(N c²) and ε_N = Ω*^{−1/2} by half that;
     * 1e-13 covers the round-off of the two sums.
     */
    private static double radiusTolerance(RwyRule exact, TopSpectrum top) {
        double radius = exact.criticalRadius();
        double omega = 1.0 / (radius * radius);
        double c = 1.0 / (2 * Math.E * exact.sigmaEff());
        double delta = top.errorBound() / (N * exact.boundK());
        return 0.5 * omega * omega * delta / (N * c * c) + 1e-13;
    }

    @Test
    void complexityIsExactAboveTheUnresolvedBoundAndAnUpperBoundBelow() {
        Matrix z = NtkFixtures.inputs(N, 25, Rng.of(7));
        KernelSpectrum dense = KernelSpectrum.of(z);
        double eta = 1.0 / dense.lambdaMax();
        RwyRule exact = RwyRule.of(dense, eta, 0.01);
        TopSpectrum top = TopSpectrum.forRule(z, StepSize.relative(1.0), 0.01,
                BlockLanczos.Options.DEFAULT, Rng.of(6));
        RwyRule rule = top.rule(eta, 0.01);
        double scale = N * exact.boundK();
        double resolved = Math.sqrt(top.unresolvedBound() / scale);
        double slack = top.errorBound() / (scale * N);
        for (double radius = resolved; radius < 2; radius *= 1.1) {
            double a = rule.complexity(radius);
            double b = exact.complexity(radius);
            assertTrue(a * a - b * b >= -1e-13 * b * b, "radius " + radius);
            assertTrue(a * a - b * b <= slack + 1e-13 * b * b, "radius " + radius);
        }
        for (double radius = resolved / 1.1; radius > 1e-4; radius /= 1.1) {
            assertTrue(rule.complexity(radius) >= exact.complexity(radius) * (1 - 1e-13));
        }
        assertTrue(exact.requiredResolution() * scale >= top.unresolvedBound());
    }

    @Test
    void theFullSpectrumWithItsSumAsTraceIsTheDenseRule() {
        Matrix z = NtkFixtures.inputs(300, 4, Rng.of(8));
        KernelSpectrum dense = KernelSpectrum.of(z);
        double eta = 1.0 / dense.lambdaMax();
        RwyRule exact = RwyRule.of(dense, eta, 0.03);
        double sum = 0;
        for (double mu : dense.values()) {
            sum += Math.max(mu, 0.0);
        }
        RwyRule rule = RwyRule.fromTopEigenvalues(dense.values(), sum, 300, exact.boundK(), eta,
                0.03);
        assertEquals(exact.tauHat(), rule.tauHat());
        assertEquals(exact.criticalRadius(), rule.criticalRadius(), 1e-13 * exact.criticalRadius());
        assertEquals(exact.lambdaMax(), rule.lambdaMax(), 0.0);
        assertTrue(Double.isNaN(rule.lambdaMin()));
        assertEquals(300, rule.size());
    }

    @Test
    void blockProductAndTraceMatchTheExplicitGram() {
        Matrix z = NtkFixtures.inputs(ReluNtk.TILE_ROWS * 2 + 37, 6, Rng.of(9));
        Matrix k = ReluNtk.gram(z);
        Matrix v = Rng.of(10).gaussian(z.rows(), 5);
        assertTrue(NtkFixtures.relativeError(ReluNtk.multiply(z, v), NtkFixtures.times(k, v))
                < 1e-13);
        double trace = 0;
        for (int i = 0; i < z.rows(); i++) {
            trace += k.get(i, i);
        }
        assertEquals(trace, ReluNtk.trace(z), 1e-13 * trace);
    }

    @Test
    void rejectsBadArguments() {
        double[] top = {3.0, 2.0};
        assertThrows(IllegalArgumentException.class,
                () -> RwyRule.fromTopEigenvalues(top, 6.0, 1, 1.0, 0.1, 0.03));
        assertThrows(IllegalArgumentException.class,
                () -> RwyRule.fromTopEigenvalues(top, -1.0, 5, 1.0, 0.1, 0.03));
        assertThrows(IllegalArgumentException.class,
                () -> RwyRule.fromTopEigenvalues(new double[0], 6.0, 5, 1.0, 0.1, 0.03));
        assertThrows(IllegalArgumentException.class,
                () -> new TopSpectrum(top, new double[1], 6.0, 5, 1.0, 64));
        assertThrows(IllegalArgumentException.class,
                () -> ReluNtk.multiply(Matrix.zeros(4, 2), Matrix.zeros(3, 1)));
    }
}
