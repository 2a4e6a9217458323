package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorekit.random.Rng;

/**
 * GEMM part of the backend contract: every {@link Backend} computes
 * C = alpha op(A) op(B) + beta C exactly as the triple loop does, up to rounding
 * (|error_ij| <= 1e-12 (|alpha| Σ_p |op(A)_ip op(B)_pj| + |beta C_ij|)), and writes nothing
 * outside the m × n block of C.
 */
interface GemmContract {
    /** The backend under test. */
    Backend backend();

    /** Relative tolerance against the triple loop; rounding is about k · 1.1e-16. */
    double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}{1} m={2} n={3} k={4}")
    @CsvSource({
        "NO, NO, 1, 1, 1", "NO, NO, 17, 13, 11", "NO, NO, 64, 48, 40",
        "NO, YES, 9, 30, 7", "NO, YES, 33, 1, 40", "NO, YES, 50, 45, 3",
        "YES, NO, 1, 29, 8", "YES, NO, 31, 17, 25", "YES, NO, 4, 4, 70",
        "YES, YES, 12, 19, 5", "YES, YES, 40, 33, 57", "YES, YES, 2, 3, 1"})
    default void agreesWithTripleLoopWithOffsetsAndPaddedStrides(Transpose transA,
            Transpose transB, int m, int n, int k) {
        Rng rng = Rng.of(20240115).fork("gemm").fork(transA + "" + transB + m + "x" + n + "x" + k);
        double alpha = rng.uniform(-2, 2);
        double beta = rng.uniform(-2, 2);
        checkAgainstTripleLoop(rng, transA, transB, m, n, k, alpha, beta);
    }

    @ParameterizedTest(name = "alpha={0} beta={1}")
    @CsvSource({"1, 0", "1, 1", "-0.5, 1", "2.5, -3", "0, 0.75", "0, 1", "1, 0.5"})
    default void handlesSpecialAlphaAndBeta(double alpha, double beta) {
        Rng rng = Rng.of(7).fork("alpha-beta").fork(alpha + "," + beta);
        for (Transpose ta : Transpose.values()) {
            for (Transpose tb : Transpose.values()) {
                checkAgainstTripleLoop(rng, ta, tb, 6, 5, 4, alpha, beta);
            }
        }
    }

    @Test
    default void betaZeroOverwritesNanInC() {
        Rng rng = Rng.of(11).fork("beta0");
        for (Transpose ta : Transpose.values()) {
            for (Transpose tb : Transpose.values()) {
                double[] a = rng.gaussian(5, 5).data();
                double[] b = rng.gaussian(5, 5).data();
                double[] c = new double[25];
                Arrays.fill(c, Double.NaN);
                backend().gemm(ta, tb, 5, 5, 5, 1.0, a, 0, 5, b, 0, 5, 0.0, c, 0, 5);
                double[] expected = new double[25];
                TestMatrices.naiveGemm(ta, tb, 5, 5, 5, 1.0, a, 0, 5, b, 0, 5, 0.0, expected, 0, 5);
                for (int i = 0; i < 25; i++) {
                    assertTrue(Double.isFinite(c[i]), ta + "" + tb + " NaN leaked at " + i);
                    assertEquals(expected[i], c[i], 1e-12 * (1 + Math.abs(expected[i])));
                }
            }
        }
    }

    @Test
    default void alphaZeroReadsNeitherAnorB() {
        double[] a = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        double[] b = {Double.POSITIVE_INFINITY, 1, 2, 3};
        double[] c = {1, 2, 3, 4};
        backend().gemm(Transpose.NO, Transpose.NO, 2, 2, 2, 0.0, a, 0, 2, b, 0, 2, 0.5, c, 0, 2);
        assertEquals(Arrays.toString(new double[] {0.5, 1, 1.5, 2}), Arrays.toString(c));
    }

    @Test
    default void zeroSizeDimensionsLeaveOrScaleC() {
        double[] c = {1, 2, 3, 4, 5, 6};
        double[] empty = new double[0];
        backend().gemm(Transpose.NO, Transpose.NO, 0, 3, 2, 1.0, empty, 0, 2,
                new double[6], 0, 3, 0.0, c, 0, 3);
        backend().gemm(Transpose.NO, Transpose.NO, 2, 0, 2, 1.0, new double[4], 0, 2,
                empty, 0, 0, 0.0, c, 0, 3);
        assertEquals(Arrays.toString(new double[] {1, 2, 3, 4, 5, 6}), Arrays.toString(c));
        backend().gemm(Transpose.NO, Transpose.NO, 2, 3, 0, 1.0, empty, 0, 0,
                empty, 0, 3, 2.0, c, 0, 3);
        assertEquals(Arrays.toString(new double[] {2, 4, 6, 8, 10, 12}), Arrays.toString(c));
        double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        backend().gemm(Transpose.YES, Transpose.YES, 2, 2, 0, 1.0, empty, 0, 2,
                empty, 0, 0, 0.0, nan, 0, 2);
        assertEquals(Arrays.toString(new double[4]), Arrays.toString(nan));
    }

    @Test
    default void rejectsStridesAndArraysThatDoNotFit() {
        Backend backend = backend();
        double[] x = new double[12];
        IllegalArgumentException lda = assertThrows(IllegalArgumentException.class, () ->
                backend.gemm(Transpose.NO, Transpose.NO, 3, 3, 4, 1, x, 0, 3, x, 0, 3, 0, x, 0, 3));
        assertEquals("lda must be at least 4 (columns of a as stored): 3", lda.getMessage());
        IllegalArgumentException shortC = assertThrows(IllegalArgumentException.class, () ->
                backend.gemm(Transpose.NO, Transpose.YES, 3, 3, 3, 1, x, 0, 3, x, 0, 3, 0, x, 4, 3));
        assertTrue(shortC.getMessage().startsWith("c.length must be at least 13"),
                shortC.getMessage());
        IllegalArgumentException offset = assertThrows(IllegalArgumentException.class, () ->
                backend.gemm(Transpose.YES, Transpose.NO, 2, 2, 2, 1, x, -1, 2, x, 0, 2, 0, x, 0, 2));
        assertEquals("aOffset must be non-negative: -1", offset.getMessage());
        assertThrows(IllegalArgumentException.class, () ->
                backend.gemm(Transpose.NO, Transpose.NO, -1, 2, 2, 1, x, 0, 2, x, 0, 2, 0, x, 0, 2));
        assertThrows(IllegalArgumentException.class, () ->
                backend.gemm(null, Transpose.NO, 1, 1, 1, 1, x, 0, 1, x, 0, 1, 0, x, 0, 1));
    }

    /** Random A, B, C with offsets and padded strides; padding must come back untouched. */
    private void checkAgainstTripleLoop(Rng rng, Transpose transA, Transpose transB, int m,
                                        int n, int k, double alpha, double beta) {
        int aRows = transA == Transpose.YES ? k : m;
        int aCols = transA == Transpose.YES ? m : k;
        int bRows = transB == Transpose.YES ? n : k;
        int bCols = transB == Transpose.YES ? k : n;
        int aOffset = 3;
        int lda = aCols + 2;
        int bOffset = 1;
        int ldb = bCols + 5;
        int cOffset = 4;
        int ldc = n + 3;
        double[] a = rng.gaussian(1, aOffset + aRows * lda).data();
        double[] b = rng.gaussian(1, bOffset + bRows * ldb).data();
        double[] c = rng.gaussian(1, cOffset + m * ldc + 2).data();
        double[] expected = c.clone();
        TestMatrices.naiveGemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb,
                beta, expected, cOffset, ldc);
        double[] scale = TestMatrices.gemmScale(transA, transB, m, n, k, alpha, a, aOffset, lda,
                b, bOffset, ldb, beta, c, cOffset, ldc);
        double[] original = c.clone();
        backend().gemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb,
                beta, c, cOffset, ldc);
        for (int idx = 0; idx < c.length; idx++) {
            int rel = idx - cOffset;
            boolean inBlock = rel >= 0 && rel / ldc < m && rel % ldc < n;
            if (!inBlock) {
                assertEquals(original[idx], c[idx], 0.0, "padding changed at " + idx);
                continue;
            }
            double bound = TOLERANCE * scale[(rel / ldc) * n + rel % ldc] + Double.MIN_NORMAL;
            double error = Math.abs(c[idx] - expected[idx]);
            assertTrue(error <= bound, transA + "" + transB + " C[" + rel / ldc + ", "
                    + rel % ldc + "] error " + error + " exceeds " + bound);
        }
    }
}
