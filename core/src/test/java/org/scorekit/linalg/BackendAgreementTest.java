package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;

/** OpenBLAS and the pure-Java reference agree on the same random inputs. */
class BackendAgreementTest {
    private static Backend java;
    private static Backend openblas;

    @BeforeAll
    static void load() throws BackendUnavailableException {
        java = new JavaBackend();
        openblas = OpenBlasBackend.load();
    }

    @Test
    void gemmAgreesInAllTransposeCombinations() {
        Rng rng = Rng.of(43).fork("agree-gemm");
        int m = 37;
        int n = 29;
        int k = 53;
        for (Transpose ta : Transpose.values()) {
            for (Transpose tb : Transpose.values()) {
                int lda = ta == Transpose.YES ? m : k;
                int ldb = tb == Transpose.YES ? k : n;
                double[] a = rng.gaussian(ta == Transpose.YES ? k : m, lda).data();
                double[] b = rng.gaussian(tb == Transpose.YES ? n : k, ldb).data();
                double[] c0 = rng.gaussian(m, n).data();
                double[] cj = c0.clone();
                double[] co = c0.clone();
                java.gemm(ta, tb, m, n, k, 0.7, a, 0, lda, b, 0, ldb, -1.3, cj, 0, n);
                openblas.gemm(ta, tb, m, n, k, 0.7, a, 0, lda, b, 0, ldb, -1.3, co, 0, n);
                double[] scale = TestMatrices.gemmScale(ta, tb, m, n, k, 0.7, a, 0, lda, b, 0,
                        ldb, -1.3, c0, 0, n);
                for (int i = 0; i < cj.length; i++) {
                    assertEquals(cj[i], co[i], 1e-12 * scale[i], ta + "" + tb + " at " + i);
                }
            }
        }
    }

    @Test
    void eighAgreesOnValuesAndVectorsUpToSign() {
        int n = 80;
        Rng rng = Rng.of(47).fork("agree-eigh");
        double[] spectrum = new double[n];
        for (int i = 0; i < n; i++) {
            // Gaps of at least 0.05 keep each eigenvector determined to ~1e-14.
            spectrum[i] = 0.05 * i + 0.01 * rng.nextDouble();
        }
        Matrix a = TestMatrices.withSpectrum(TestMatrices.randomOrthogonal(rng, n), spectrum);
        SymmetricEigen ej = java.eigh(a);
        SymmetricEigen eo = openblas.eigh(a);
        assertArrayEquals(ej.values(), eo.values(), 1e-13 * a.frobeniusNorm());
        for (int j = 0; j < n; j++) {
            assertEquals(1.0, TestMatrices.absColumnDot(ej.vectors(), j, eo.vectors(), j), 1e-11,
                    "eigenvector " + j);
        }
    }

    @Test
    void choleskyFactorsAgree() {
        Matrix a = TestMatrices.randomPositiveDefinite(Rng.of(53).fork("agree-chol"), 45);
        Matrix lj = java.cholesky(a).orElseThrow().lower();
        Matrix lo = openblas.cholesky(a).orElseThrow().lower();
        double difference = TestMatrices.maxAbsDifference(lj, lo);
        assertTrue(difference <= 1e-13 * lj.frobeniusNorm(), "factor difference " + difference);
    }
}
