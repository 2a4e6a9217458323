package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** EM against a known two-component mixture, its likelihood, determinism and degenerate rows. */
class MixtureEmTest {
    private static final GaussianMixture TRUTH = GaussianMixture.of(new double[] {0.3, 0.7},
            new double[][] {{-5, 0}, {5, 1}},
            new double[][][] {{{1, 0}, {0, 0.5}}, {{2, 0.5}, {0.5, 1}}});
    private static final int N = 4000;

    @Test
    void recoversTheParametersOfSeparatedComponents() {
        Matrix x = TRUTH.sample(N, Rng.of(1));
        GaussianMixture fit = MixtureEm.fit(x, 2, 200, Rng.of(2)).mixture();
        int left = fit.means()[0][0] < 0 ? 0 : 1;
        // Weight: binomial standard error sqrt(0.21 / 4000) = 0.0072; 4 of them.
        assertEquals(0.3, fit.weights()[left], 4 * Math.sqrt(0.21 / N));
        // Means: standard error sqrt(s^2 / n_k) with s^2 <= 2 and n_k >= 1200; 4 of them.
        double meanTolerance = 4 * Math.sqrt(2.0 / 1200);
        assertArrayEquals(new double[] {-5, 0}, fit.means()[left], meanTolerance);
        assertArrayEquals(new double[] {5, 1}, fit.means()[1 - left], meanTolerance);
        // Covariances: standard error of a variance s^2 sqrt(2 / n_k) <= 2 * 0.041, plus the
        // ridge (1e-3 of the average variance, about 0.014); 4 of them.
        double covTolerance = 4 * 2 * Math.sqrt(2.0 / 1200) + 0.02;
        double[][] right = fit.covariances()[1 - left];
        assertEquals(2, right[0][0], covTolerance);
        assertEquals(0.5, right[0][1], covTolerance);
        assertEquals(1, right[1][1], covTolerance);
    }

    @Test
    void theReportedLikelihoodIsTheFittedMixturesAndBeatsOneGaussian() {
        Matrix x = TRUTH.sample(N, Rng.of(3));
        MixtureEm.Fit fit = MixtureEm.fit(x, 2, 200, Rng.of(4));
        assertEquals(MixtureEm.meanLogLikelihood(fit.mixture(), x), fit.logLikelihood(), 1e-9);
        double one = MixtureEm.fit(x, 1, 200, Rng.of(4)).logLikelihood();
        assertTrue(fit.logLikelihood() > one + 0.5, fit.logLikelihood() + " vs " + one);
        assertTrue(fit.steps() < 200, "converged: " + fit.steps());
    }

    @Test
    void theSameSeedGivesTheSameBitsAndDegenerateRowsAreFitted() {
        Matrix x = TRUTH.sample(500, Rng.of(5));
        // A third coordinate that is exactly minus the first: rank-deficient rows, as the
        // one-hot block of a categorical column is.
        Matrix y = Matrix.zeros(500, 3);
        for (int i = 0; i < 500; i++) {
            y.set(i, 0, x.get(i, 0));
            y.set(i, 1, x.get(i, 1));
            y.set(i, 2, -x.get(i, 0));
        }
        GaussianMixture a = MixtureEm.fit(y, 3, 50, Rng.of(6)).mixture();
        GaussianMixture b = MixtureEm.fit(y, 3, 50, Rng.of(6)).mixture();
        assertArrayEquals(a.weights(), b.weights(), 0.0);
        assertArrayEquals(a.means()[2], b.means()[2], 0.0);
        assertTrue(Double.isFinite(MixtureEm.meanLogLikelihood(a, y)));
        assertThrows(IllegalArgumentException.class, () -> MixtureEm.fit(y.rowRange(0, 2), 3, 10,
                Rng.of(1)));
    }
}
