package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** The named distributions: lookup, documented parameters, and sampling against exact moments. */
class BuiltinDistributionsTest {
    private static final int N = 40_000;
    /**
     * Z = 5 estimated standard errors: P(|N(0,1)| > 5) = 5.7e-7 per comparison; the largest
     * case (aniso8) makes 8 + 36 = 44 comparisons, so each test fails falsely with p < 2.5e-5.
     */
    private static final double Z = 5.0;

    static List<String> names() {
        return BuiltinDistributions.names();
    }

    @Test
    void listsTheNamesAndRejectsUnknownOnesListingThem() {
        assertEquals(List.of("ring8", "moons", "aniso8", "bimodal1d", "corners4"),
                BuiltinDistributions.names());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuiltinDistributions.byName("ring9"));
        assertEquals("distribution name must be one of "
                + "[ring8, moons, aniso8, bimodal1d, corners4]: ring9", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BuiltinDistributions.byName(null));
    }

    @Test
    void haveTheDocumentedShapes() {
        int[][] expected = {{2, 8}, {2, 16}, {8, 4}, {1, 2}, {2, 4}};
        for (int i = 0; i < expected.length; i++) {
            GaussianMixture m = BuiltinDistributions.byName(names().get(i));
            assertEquals(expected[i][0], m.dimension(), names().get(i));
            assertEquals(expected[i][1], m.componentCount(), names().get(i));
        }
    }

    @Test
    void haveTheDocumentedParameters() {
        for (double[] mu : BuiltinDistributions.ring8().means()) {
            assertEquals(2.0, Math.hypot(mu[0], mu[1]), 1e-15);
        }
        assertArrayEquals(new double[] {0, 0}, BuiltinDistributions.moons().mean(), 1e-15);
        GaussianMixture corners = BuiltinDistributions.corners4();
        assertEquals(1.28, trace(corners.covariance()), 1e-15);
        for (double[][] sigma : corners.covariances()) {
            assertArrayEquals(new double[2][2], sigma);
        }
        double[][][] aniso = BuiltinDistributions.aniso8().covariances();
        assertEquals(0.5 * 0.5 * 0.9 * 0.75, aniso[0][0][1], 1e-15);
        // k = 2: equicorrelation 0.6, D_2[0] = 0.5 · 0.75^4 and D_2[5] = 0.5 · 0.75^1.
        assertEquals(0.6 * 0.25 * Math.pow(0.75, 5), aniso[2][0][5], 1e-15);
        double[][] mu = BuiltinDistributions.aniso8().means();
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < a; b++) {
                double dot = 0;
                for (int i = 0; i < 8; i++) {
                    dot += mu[a][i] * mu[b][i];
                }
                assertEquals(0.0, dot, 1e-15, "means " + a + ", " + b + " orthogonal");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void sampleMomentsMatchTheExactMeanAndCovariance(String name) {
        GaussianMixture m = BuiltinDistributions.byName(name);
        Matrix x = m.sample(N, Rng.of(31).fork(name));
        int d = m.dimension();
        double[] mean = m.mean();
        Matrix cov = m.covariance();
        for (int a = 0; a < d; a++) {
            MonteCarlo.assertMean(name + " mean " + a, mean[a], x.column(a), Z);
            for (int b = 0; b <= a; b++) {
                // Centred at the exact mean, each product is an unbiased term for Cov_ab.
                double[] terms = new double[N];
                for (int i = 0; i < N; i++) {
                    terms[i] = (x.get(i, a) - mean[a]) * (x.get(i, b) - mean[b]);
                }
                MonteCarlo.assertMean(name + " cov " + a + "," + b, cov.get(a, b), terms, Z);
            }
        }
    }

    /** Every draw is one of the four corners; each corner's frequency is Binomial(N, 1/4) / N. */
    @Test
    void corners4SamplesTheFourPointsUniformly() {
        GaussianMixture corners = BuiltinDistributions.corners4();
        Matrix x = corners.sample(N, Rng.of(32));
        double[][] points = corners.means();
        for (int k = 0; k < 4; k++) {
            double[] hit = new double[N];
            for (int i = 0; i < N; i++) {
                hit[i] = x.get(i, 0) == points[k][0] && x.get(i, 1) == points[k][1] ? 1 : 0;
            }
            MonteCarlo.assertMean("frequency of corner " + k, 0.25, hit, Z);
        }
        for (double v : x.data()) {
            assertTrue(Math.abs(v) == 0.8, "draw " + v);
        }
    }

    private static double trace(Matrix m) {
        double s = 0;
        for (int i = 0; i < m.rows(); i++) {
            s += m.get(i, i);
        }
        return s;
    }
}
