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
 * (Several threads on those tiles: {@code threads/ThreadCountIndependenceTest}.)
 */
class OpenBlasEigenTest {
    /**
     * Past the tail: 6 panels, split products with 1 or 2 rectangle chunks, 1 or 2 row slices,
     * and 4 blocks of Q.
     */
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
}
