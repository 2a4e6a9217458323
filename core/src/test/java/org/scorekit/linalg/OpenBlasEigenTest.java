package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;

/**
 * The blocked, parallel path of the OpenBLAS eigendecomposition ({@link OpenBlasEigen},
 * {@link ParallelTridiagonal}) at sizes past its LAPACK tail, where the contract tests' small
 * matrices do not reach: panels, the tiled symmetric product and several column blocks of Q.
 */
class OpenBlasEigenTest {
    /** Past the tail: 6 panels and 3 blocks of Q (one dsymv per column: below the tiling size). */
    private static final int N = ParallelTridiagonal.TAIL + 6 * ParallelTridiagonal.PANEL - 4;

    private static Backend openblas;

    @BeforeAll
    static void load() throws BackendUnavailableException {
        openblas = OpenBlasBackend.load();
    }

    @Test
    void blockedPathDecomposesARandomMatrixReadingOnlyTheLowerTriangle() {
        Matrix a = TestMatrices.randomSymmetric(Rng.of(61).fork("blocked"), N);
        SymmetricEigen e = openblas.eigh(TestMatrices.poisonUpper(a));
        double norm = a.frobeniusNorm();
        double residual = TestMatrices.eigenResidual(a, e);
        double orthonormality = TestMatrices.orthonormalityError(e.vectors());
        assertTrue(residual <= 1e-13 * norm * Math.sqrt(N), "residual " + residual);
        assertTrue(orthonormality <= 1e-13 * Math.sqrt(N), "orthonormality " + orthonormality);
        SymmetricEigen reference = new JavaBackend().eigh(a);
        assertArrayEquals(reference.values(), e.values(), 1e-13 * norm);
    }

    @Test
    void blockedPathRecoversClusteredAndRepeatedEigenvalues() {
        int n = ParallelTridiagonal.TAIL + 2 * ParallelTridiagonal.PANEL + 9;
        Rng rng = Rng.of(67).fork("clusters");
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // Groups of 40 equal values, and pairs 1e-10 apart inside the top group.
            values[i] = Math.floor(i / 40.0) - 3 + (i >= n - 40 && i % 2 == 1 ? 1e-10 : 0);
        }
        Matrix a = TestMatrices.withSpectrum(TestMatrices.randomOrthogonal(rng, n), values);
        SymmetricEigen e = openblas.eigh(a);
        Arrays.sort(values);
        assertArrayEquals(values, e.values(), 1e-12);
        assertTrue(TestMatrices.eigenResidual(a, e) <= 1e-12, "residual");
        assertTrue(TestMatrices.orthonormalityError(e.vectors()) <= 1e-12, "orthonormality");
    }

    @Test
    void matricesOutsideTheSafeRangeAreRescaledByDsyevd() {
        Matrix a = TestMatrices.randomSymmetric(Rng.of(71).fork("tiny"), 30);
        double scale = 1e-160;
        Matrix tiny = Matrix.zeros(30, 30);
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 30; j++) {
                tiny.set(i, j, scale * a.get(i, j));
            }
        }
        assertTrue(!OpenBlasEigen.inSafeRange(tiny.data()) && OpenBlasEigen.inSafeRange(a.data()));
        SymmetricEigen e = openblas.eigh(a);
        SymmetricEigen t = openblas.eigh(tiny);
        for (int i = 0; i < 30; i++) {
            assertEquals(e.values()[i], t.values()[i] / scale, 1e-13 * a.frobeniusNorm(),
                    "value " + i);
            assertEquals(1.0, TestMatrices.absColumnDot(e.vectors(), i, t.vectors(), i), 1e-10);
        }
    }

    /**
     * Large enough that the first 3 panels' symmetric products run on tiles; residual and
     * orthonormality are computed with the backend's own GEMM (a triple loop would take minutes).
     */
    @Test
    void tiledProductsGiveAnAccurateDecomposition() {
        int n = ParallelTridiagonal.PARALLEL_SYMV + ParallelTridiagonal.TAIL
                + 3 * ParallelTridiagonal.PANEL;
        Matrix a = TestMatrices.randomSymmetric(Rng.of(73).fork("tiled"), n);
        SymmetricEigen e = openblas.eigh(a);
        double[] v = e.vectors().data();
        double[] av = new double[n * n];
        openblas.gemm(Transpose.NO, Transpose.NO, n, n, n, 1.0, a.data(), 0, n, v, 0, n, 0.0, av,
                0, n);
        double[] gram = new double[n * n];
        openblas.gemm(Transpose.YES, Transpose.NO, n, n, n, 1.0, v, 0, n, v, 0, n, 0.0, gram, 0,
                n);
        double residual = 0;
        double orthonormality = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                residual = Math.max(residual, Math.abs(av[i * n + j] - v[i * n + j] * e.values()[j]));
                orthonormality = Math.max(orthonormality,
                        Math.abs(gram[i * n + j] - (i == j ? 1 : 0)));
            }
        }
        double norm = a.frobeniusNorm();
        assertTrue(residual <= 1e-13 * norm * Math.sqrt(n), "residual " + residual);
        assertTrue(orthonormality <= 1e-13 * Math.sqrt(n), "orthonormality " + orthonormality);
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            trace += a.get(i, i);
            sum += e.values()[i];
        }
        assertEquals(trace, sum, 1e-12 * norm * n, "sum of eigenvalues = trace");
    }
}
