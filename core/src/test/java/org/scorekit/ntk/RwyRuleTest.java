package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class RwyRuleTest {
    /** A random spectrum shaped like K^∞'s: a few large eigenvalues and a fast-decaying tail. */
    private static double[] spectrum(long seed, int n) {
        Rng rng = Rng.of(seed);
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = 100.0 * Math.pow(i + 1, -2.0 - rng.nextDouble()) * (0.5 + rng.nextDouble());
        }
        mu[n - 1] = -1e-12;
        return mu;
    }

    private static RwyRule rule(long seed, double sigmaEff) {
        return RwyRule.fromSpectrum(spectrum(seed, 200), 4.0, 1.0 / 120, sigmaEff);
    }

    /** The literal rule: R̂ from its definition, first τ ≥ 1 with R̂(Ω^{−1/2}) > 1/(2eσΩ), minus 1. */
    private static int bruteForce(RwyRule r, int limit) {
        double[] mu = r.normalisedEigenvalues();
        for (int tau = 1; tau <= limit; tau++) {
            double omega = r.stepSize() * r.size() * r.boundK() * tau;
            double e2 = 1.0 / omega;
            double s = 0;
            for (double m : mu) {
                s += Math.min(m, e2);
            }
            if (Math.sqrt(s / mu.length) > 1.0 / (2 * Math.E * r.sigmaEff() * omega)) {
                return tau - 1;
            }
        }
        return -1;
    }

    static Stream<Arguments> draws() {
        return Stream.of(Arguments.of(1L, 0.8), Arguments.of(2L, 0.1), Arguments.of(3L, 0.03),
                Arguments.of(4L, 0.01), Arguments.of(5L, 0.003), Arguments.of(6L, 0.05));
    }

    @ParameterizedTest
    @MethodSource("draws")
    void bisectionAgreesWithABruteForceScan(long seed, double sigmaEff) {
        RwyRule r = rule(seed, sigmaEff);
        int brute = bruteForce(r, 200_000);
        assertTrue(brute >= 0, "brute force found no crossing");
        assertEquals(brute, r.tauHat());
        if (brute > 0) {
            assertTrue(!r.crossedAt(brute) && r.crossedAt(brute + 1));
        }
    }

    @Test
    void largerSigmaStopsNoLater() {
        RwyRule r = rule(7, 1.0);
        int previous = Integer.MAX_VALUE;
        for (double s = 1e-4; s <= 10; s *= 1.3) {
            int tau = r.withSigmaEff(s).tauHat();
            assertTrue(tau <= previous, "tau rose at sigma " + s);
            previous = tau;
        }
        assertTrue(r.withSigmaEff(1e-4).tauHat() > 100 * Math.max(1, r.withSigmaEff(0.1).tauHat()));
    }

    @Test
    void onlyTheCumulativeStepMatters() {
        RwyRule r = rule(8, 0.01);
        RwyRule tenfold = r.withStepSize(10 * r.stepSize());
        assertEquals(10 * r.rwyStep(), tenfold.rwyStep(), 1e-12 * tenfold.rwyStep());
        for (int tau = 10; tau <= 1000; tau += 10) {
            assertEquals(r.crossedAt(tau), tenfold.crossedAt(tau / 10), "tau " + tau);
        }
        // τ̂ + 1 counts steps to the crossing, so it scales inversely with η up to rounding up.
        int coarse = tenfold.tauHat() + 1;
        int fine = r.tauHat() + 1;
        assertTrue(fine > 10 * (coarse - 1) && fine <= 10 * coarse, fine + " vs " + coarse);
    }

    @Test
    void hugeSigmaStopsAtZero() {
        assertEquals(0, rule(9, 1e6).tauHat());
        assertEquals(0, rule(9, 1e300).tauHat());
    }

    @Test
    void criticalRadiusSolvesItsDefiningEquation() {
        RwyRule r = rule(10, 0.02);
        double eps = r.criticalRadius();
        double c = 2 * Math.E * r.sigmaEff();
        assertTrue(r.complexity(eps) <= eps * eps / c * (1 + 1e-9));
        assertTrue(r.complexity(eps * (1 - 1e-6)) > Math.pow(eps * (1 - 1e-6), 2) / c);
        // The crossing Ω lies at ε_N^{−2}: τ̂ + 1 = ⌊Ω*/ω⌋ + 1.
        assertEquals((int) Math.floor(1 / (eps * eps * r.rwyStep())), r.tauHat(), 1);
    }

    @Test
    void reportsTheSpectralQuantities() {
        Matrix z = Rng.of(11).gaussian(40, 3);
        double eta = 0.01;
        RwyRule r = RwyRule.of(KernelSpectrum.of(z), eta, 0.05);
        double bk = 0;
        for (int j = 0; j < 40; j++) {
            double[] row = z.row(j);
            bk = Math.max(bk, 0.5 * (row[0] * row[0] + row[1] * row[1] + row[2] * row[2]));
        }
        assertEquals(bk, r.boundK(), 1e-15);
        assertEquals(eta * 40 * bk, r.rwyStep(), 1e-12);
        assertEquals(ReluNtk.lambdaMax(z), r.lambdaMax(), 1e-8 * r.lambdaMax());
        assertTrue(r.lambdaMin() > 0 && r.lambdaMin() < r.lambdaMax());
        double trace = 0;
        for (double m : r.normalisedEigenvalues()) {
            trace += m;
        }
        assertTrue(trace <= 1 + 1e-12, "tr K̂ = " + trace + " must be at most 1");
        assertEquals(0.05, r.sigmaEff());
    }

    @Test
    void invalidArgumentsAreRejected() {
        double[] mu = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> RwyRule.fromSpectrum(mu, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> RwyRule.fromSpectrum(mu, 1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> RwyRule.fromSpectrum(mu, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> RwyRule.fromSpectrum(new double[0], 1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> RwyRule.fromSpectrum(new double[] {Double.NaN}, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> rule(1, 1).crossedAt(0));
    }

    @Test
    void allZeroSpectrumNeverCrosses() {
        assertEquals(RwyRule.NEVER, RwyRule.fromSpectrum(new double[] {0, 0}, 1, 1, 1).tauHat());
    }
}
