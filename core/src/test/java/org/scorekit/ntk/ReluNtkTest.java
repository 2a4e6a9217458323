package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.testkit.StatisticalAssert;

class ReluNtkTest {

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double kappa(double[] a, double[] b) {
        return ReluNtk.kappa(dot(a, b), Math.sqrt(dot(a, a)), Math.sqrt(dot(b, b)));
    }

    /** Rows (x, t) with x ~ N(0, I_2), t ~ U[0.05, 2]: the inputs of a score-matching problem. */
    private static Matrix inputs(int n, long seed) {
        Rng rng = Rng.of(seed);
        Matrix z = Matrix.zeros(n, 3);
        Rng x = rng.fork("x");
        Rng t = rng.fork("t");
        for (int i = 0; i < n; i++) {
            z.set(i, 0, x.nextGaussian());
            z.set(i, 1, x.nextGaussian());
            z.set(i, 2, t.uniform(0.05, 2.0));
        }
        return z;
    }

    static Stream<double[][]> pairs() {
        // Angles of about 0.3, 1.6 and 2.8 rad between the two vectors.
        return Stream.of(
                new double[][] {{1.0, 0.5, -0.2}, {0.9, 0.9, -0.1}},
                new double[][] {{1.0, 0.0, 0.3}, {0.1, 1.5, -0.4}},
                new double[][] {{2.0, 1.0, 0.0}, {-1.5, -0.5, 0.3}});
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void kappaIsTheGaussianExpectationOfTheActivationProduct(double[][] pair) {
        // X = z·z' 1{w·z ≥ 0} 1{w·z' ≥ 0}, w ~ N(0, I): X/z·z' is Bernoulli(p) with
        // p = (π − θ)/(2π), so SE = |z·z'| √(p(1 − p)/n). n = 200000, one check at z = 4.5:
        // false-failure probability 6.8e-6 per pair.
        double[] a = pair[0];
        double[] b = pair[1];
        int n = 200_000;
        Rng rng = Rng.of(77).fork("w");
        double[] w = new double[3];
        long both = 0;
        for (int i = 0; i < n; i++) {
            rng.fillGaussian(w);
            if (dot(w, a) >= 0 && dot(w, b) >= 0) {
                both++;
            }
        }
        double ab = dot(a, b);
        double estimate = ab * both / n;
        double theta = Math.acos(ab / Math.sqrt(dot(a, a) * dot(b, b)));
        double p = (Math.PI - theta) / (2 * Math.PI);
        StatisticalAssert.assertWithinStandardErrors("kappa", kappa(a, b), estimate,
                Math.abs(ab) * Math.sqrt(p * (1 - p) / n));
    }

    @Test
    void specialCasesOfTheClosedForm() {
        double[] z = {0.3, -1.2, 0.8};
        double norm2 = dot(z, z);
        // Parallel arguments: θ = 0 only up to arccos's √(2 ulp) ≈ 1.5e-8 (documented).
        assertEquals(norm2 / 2, kappa(z, z), 1e-8 * norm2);
        double[] scaled = {0.9, -3.6, 2.4};
        assertEquals(3 * norm2 / 2, kappa(z, scaled), 1e-8 * norm2);
        double[] opposite = {-0.3, 1.2, -0.8};
        assertEquals(0.0, kappa(z, opposite), 1e-15);
        double[] orthogonal = {1.2, 0.3, 0.0};
        assertEquals(0.0, kappa(z, orthogonal), 1e-15);
        assertEquals(0.0, kappa(z, new double[3]));
        assertEquals(kappa(z, orthogonal), kappa(orthogonal, z));
        // Rounding may push the cosine of parallel vectors past ±1: the clip keeps κ finite.
        assertEquals(0.5, ReluNtk.kappa(1.0, 1.0 - 1e-16, 1.0 - 1e-16), 1e-15);
        assertEquals(0.0, ReluNtk.kappa(-1.0, 1.0 - 1e-16, 1.0 - 1e-16), 1e-15);
        // θ = π/2 − small: κ = z·z'(π − θ)/(2π) directly.
        double[] a = {1, 0};
        double[] b = {Math.cos(1.0), Math.sin(1.0)};
        assertEquals(Math.cos(1.0) * (Math.PI - 1.0) / (2 * Math.PI), kappa(a, b), 1e-15);
    }

    @Test
    void gramIsSymmetricWithTheRightEntries() {
        int n = 2 * ReluNtk.TILE_ROWS + 29;
        Matrix z = inputs(n, 3);
        Matrix k = ReluNtk.gram(z);
        assertEquals(n, k.rows());
        assertEquals(n, k.cols());
        for (int i = 0; i < n; i++) {
            double[] zi = z.row(i);
            // The diagonal is exact: κ(z, z) = ‖z‖²/2 without going through arccos.
            assertEquals(dot(zi, zi) / 2, k.get(i, i), 1e-15 * dot(zi, zi));
            for (int j = 0; j < i; j += 7) {
                double expected = kappa(zi, z.row(j));
                assertEquals(expected, k.get(i, j), 1e-13 * (1 + Math.abs(expected)));
                assertEquals(k.get(i, j), k.get(j, i), 1e-14 * (1 + Math.abs(expected)));
            }
        }
    }

    @Test
    void multiplyEqualsGramTimesVector() {
        int n = 2 * ReluNtk.TILE_ROWS + 13;
        Matrix z = inputs(n, 4);
        double[] v = new double[n];
        Rng.of(5).fillGaussian(v);
        Matrix k = ReluNtk.gram(z);
        double[] fast = ReluNtk.multiply(z, v);
        for (int i = 0; i < n; i++) {
            double expected = dot(k.row(i), v);
            assertEquals(expected, fast[i], 1e-12 * (1 + Math.abs(expected)));
        }
        assertThrows(IllegalArgumentException.class, () -> ReluNtk.multiply(z, new double[n - 1]));
    }

    @Test
    void lambdaMaxIsTheLargestEigenvalue() {
        Matrix z = inputs(200, 6);
        double expected = Backends.current().eigh(ReluNtk.gram(z)).max();
        assertEquals(expected, ReluNtk.lambdaMax(z), 1e-8 * expected);
    }

    @Test
    void lambdaMaxOfClosedFormCases() {
        // Identical rows: K = (‖z‖²/2) 11ᵀ, λ_max = N ‖z‖²/2. Orthonormal rows: K = I/2.
        int n = 40;
        Matrix same = Matrix.zeros(n, 3);
        for (int i = 0; i < n; i++) {
            same.set(i, 0, 1.0);
            same.set(i, 1, -2.0);
            same.set(i, 2, 0.5);
        }
        assertEquals(n * 5.25 / 2, ReluNtk.lambdaMax(same), 1e-10 * n);
        assertEquals(0.5, ReluNtk.lambdaMax(Matrix.identity(4)), 1e-12);
        assertEquals(0.0, ReluNtk.lambdaMax(Matrix.zeros(3, 2)));
    }

    @Test
    void matrixFreeLanczosAgreesWithTheEigendecomposition() {
        // ReluNtk.lambdaMax goes matrix-free only above DENSE_LIMIT = 6000, where one product
        // costs N² arccos evaluations (seconds each): too slow for a unit test, so the path is
        // called directly below the limit. Its Ritz residual is at most 1e-9 θ_1, so θ_1 is
        // within 1e-9 relative of λ_max (and never above it).
        int n = 2 * ReluNtk.TILE_ROWS + 44;
        Matrix z = inputs(n, 8);
        double expected = Backends.current().eigh(ReluNtk.gram(z)).max();
        double lanczos = ReluNtk.lambdaMaxMatrixFree(z);
        assertEquals(expected, lanczos, 1e-9 * expected);
        assertEquals(ReluNtk.lambdaMaxDense(z), lanczos, 1e-8 * expected);
    }

    @Test
    void matrixFreeLanczosOfClosedFormCases() {
        // Identical rows: the start vector is the eigenvector, the Krylov space is invariant.
        int n = 40;
        Matrix same = Matrix.zeros(n, 2);
        for (int i = 0; i < n; i++) {
            same.set(i, 0, 3.0);
            same.set(i, 1, 4.0);
        }
        assertEquals(n * 25 / 2.0, ReluNtk.lambdaMaxMatrixFree(same), 1e-12 * n * 25);
        assertEquals(0.5, ReluNtk.lambdaMaxMatrixFree(Matrix.identity(4)), 1e-12);
        assertEquals(0.0, ReluNtk.lambdaMaxMatrixFree(Matrix.zeros(3, 2)));
    }

    @Test
    void aZeroRowHasAZeroRowAndColumnInTheGram() {
        int n = ReluNtk.TILE_ROWS + 5;
        Matrix z = inputs(n, 3);
        for (int k = 0; k < 3; k++) {
            z.set(7, k, 0.0);
        }
        Matrix g = ReluNtk.gram(z);
        for (int j = 0; j < n; j++) {
            assertEquals(0.0, g.get(7, j), "row entry " + j);
            assertEquals(0.0, g.get(j, 7), "column entry " + j);
        }
    }
}
