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
 * Single-precision GEMM part of the backend contract: sgemm on float inputs equals the
 * double-precision triple loop on the same (exactly widened) inputs up to float rounding,
 * |error_ij| ≤ (k + 2) · 2^-23 · (|alpha| Σ_p |op(A)_ip op(B)_pj| + |beta C_ij|), twice the
 * standard γ_{k+2} bound with unit roundoff 2^-24; nothing outside the m × n block of C changes.
 */
interface SgemmContract {
    /** The backend under test. */
    Backend backend();

    @ParameterizedTest(name = "{0}{1} m={2} n={3} k={4}")
    @CsvSource({"NO, NO, 17, 13, 11", "NO, YES, 50, 45, 3", "YES, NO, 31, 17, 25",
        "YES, YES, 40, 33, 57", "NO, NO, 1, 1, 1", "NO, YES, 130, 70, 128"})
    default void sgemmAgreesWithTheDoubleTripleLoop(Transpose transA, Transpose transB, int m,
                                                    int n, int k) {
        Rng rng = Rng.of(29).fork("sgemm").fork(transA + "" + transB + m + "x" + n + "x" + k);
        int aRows = transA == Transpose.YES ? k : m;
        int aCols = transA == Transpose.YES ? m : k;
        int bRows = transB == Transpose.YES ? n : k;
        int bCols = transB == Transpose.YES ? k : n;
        int lda = aCols + 1;
        int ldb = bCols + 3;
        int ldc = n + 2;
        float[] a = floats(rng, 2 + aRows * lda);
        float[] b = floats(rng, 1 + bRows * ldb);
        float[] c = floats(rng, 3 + m * ldc + 1);
        float alpha = 0.75f;
        float beta = -1.25f;
        double[] a64 = widen(a);
        double[] b64 = widen(b);
        double[] expected = widen(c);
        TestMatrices.naiveGemm(transA, transB, m, n, k, alpha, a64, 2, lda, b64, 1, ldb, beta,
                expected, 3, ldc);
        double[] scale = TestMatrices.gemmScale(transA, transB, m, n, k, alpha, a64, 2, lda,
                b64, 1, ldb, beta, widen(c), 3, ldc);
        float[] original = c.clone();
        backend().sgemm(transA, transB, m, n, k, alpha, a, 2, lda, b, 1, ldb, beta, c, 3, ldc);
        for (int idx = 0; idx < c.length; idx++) {
            int rel = idx - 3;
            if (rel < 0 || rel / ldc >= m || rel % ldc >= n) {
                assertEquals(original[idx], c[idx], 0.0f, "padding changed at " + idx);
                continue;
            }
            double bound = (k + 2) * 0x1p-23 * scale[(rel / ldc) * n + rel % ldc];
            double error = Math.abs(c[idx] - expected[idx]);
            assertTrue(error <= bound, "C[" + rel / ldc + ", " + rel % ldc + "] error " + error
                    + " exceeds " + bound);
        }
    }

    @Test
    default void sgemmWithBetaZeroOverwritesNanAndChecksItsArguments() {
        float[] a = {1, 2, 3, 4};
        float[] b = {5, 6, 7, 8};
        float[] c = new float[4];
        Arrays.fill(c, Float.NaN);
        backend().sgemm(Transpose.NO, Transpose.NO, 2, 2, 2, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2);
        assertEquals(Arrays.toString(new float[] {19, 22, 43, 50}), Arrays.toString(c));
        IllegalArgumentException lda = assertThrows(IllegalArgumentException.class, () ->
                backend().sgemm(Transpose.NO, Transpose.NO, 2, 2, 3, 1f, a, 0, 2, b, 0, 2, 0f, c,
                        0, 2));
        assertEquals("lda must be at least 3 (columns of a as stored): 2", lda.getMessage());
        IllegalArgumentException nullC = assertThrows(IllegalArgumentException.class, () ->
                backend().sgemm(Transpose.NO, Transpose.NO, 2, 2, 2, 1f, a, 0, 2, b, 0, 2, 0f,
                        null, 0, 2));
        assertEquals("c must be non-null: null", nullC.getMessage());
    }

    private static float[] floats(Rng rng, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        return x;
    }

    private static double[] widen(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }
}
