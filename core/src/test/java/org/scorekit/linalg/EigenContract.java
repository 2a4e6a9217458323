package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.random.Rng;

/**
 * Symmetric eigendecomposition part of the backend contract: A V = V diag(values), V^T V = I,
 * values ascending, only the lower triangle read; checked on random matrices and against closed
 * forms (a prescribed spectrum, the second-difference matrix, a rank-one matrix).
 */
interface EigenContract {
    /** The backend under test. */
    Backend backend();

    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {1, 2, 3, 10, 57, 120})
    default void decomposesRandomSymmetricMatrices(int n) {
        Matrix a = TestMatrices.randomSymmetric(Rng.of(3).fork("eigh").fork("n" + n), n);
        SymmetricEigen e = backend().eigh(a);
        double norm = a.frobeniusNorm();
        assertTrue(TestMatrices.eigenResidual(a, e) <= 1e-13 * norm * Math.sqrt(n),
                "residual " + TestMatrices.eigenResidual(a, e));
        assertTrue(TestMatrices.orthonormalityError(e.vectors()) <= 1e-13 * Math.sqrt(n),
                "orthonormality " + TestMatrices.orthonormalityError(e.vectors()));
        for (int i = 1; i < n; i++) {
            assertTrue(e.values()[i - 1] <= e.values()[i], "ascending at " + i);
        }
    }

    @Test
    default void readsOnlyTheLowerTriangle() {
        Matrix a = TestMatrices.randomSymmetric(Rng.of(5).fork("lower"), 30);
        SymmetricEigen full = backend().eigh(a);
        SymmetricEigen lower = backend().eigh(TestMatrices.poisonUpper(a));
        assertArrayEquals(full.values(), lower.values(), 1e-13 * a.frobeniusNorm());
        assertTrue(TestMatrices.eigenResidual(a, lower) <= 1e-12 * a.frobeniusNorm());
    }

    @Test
    default void recoversAPrescribedSpectrumAndItsEigenvectors() {
        int n = 40;
        Rng rng = Rng.of(17).fork("spectrum");
        Matrix q = TestMatrices.randomOrthogonal(rng, n);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i - 13.5;
        }
        // Columns of q permuted against the order of the values, so sorting is exercised.
        Matrix shuffled = Matrix.zeros(n, n);
        int[] perm = rng.permutation(n);
        double[] shuffledValues = new double[n];
        for (int j = 0; j < n; j++) {
            shuffledValues[j] = values[perm[j]];
            for (int i = 0; i < n; i++) {
                shuffled.set(i, perm[j], q.get(i, j));
            }
        }
        Matrix a = TestMatrices.withSpectrum(q, shuffledValues);
        SymmetricEigen e = backend().eigh(a);
        assertArrayEquals(values, e.values(), 1e-12);
        for (int j = 0; j < n; j++) {
            assertEquals(1.0, TestMatrices.absColumnDot(e.vectors(), j, shuffled, j), 1e-12,
                    "eigenvector " + j);
        }
    }

    @Test
    default void secondDifferenceMatrixHasCosineSpectrumAndSineVectors() {
        int n = 25;
        Matrix a = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            a.set(i, i, 2);
            if (i > 0) {
                a.set(i, i - 1, -1);
                a.set(i - 1, i, -1);
            }
        }
        SymmetricEigen e = backend().eigh(a);
        for (int k = 1; k <= n; k++) {
            double theta = k * Math.PI / (n + 1);
            assertEquals(2 - 2 * Math.cos(theta), e.values()[k - 1], 1e-13, "value " + k);
            Matrix u = Matrix.zeros(n, 1);
            for (int i = 0; i < n; i++) {
                u.set(i, 0, Math.sqrt(2.0 / (n + 1)) * Math.sin((i + 1) * theta));
            }
            assertEquals(1.0, TestMatrices.absColumnDot(e.vectors(), k - 1, u, 0), 1e-12);
        }
    }

    @Test
    default void rankOneMatrixAndRepeatedEigenvalues() {
        int n = 12;
        double[] u = new double[n];
        Rng.of(23).fork("rank1").fillGaussian(u);
        Matrix a = Matrix.zeros(n, n);
        double uu = 0;
        for (int i = 0; i < n; i++) {
            uu += u[i] * u[i];
            for (int j = 0; j < n; j++) {
                a.set(i, j, u[i] * u[j]);
            }
        }
        SymmetricEigen e = backend().eigh(a);
        for (int i = 0; i < n - 1; i++) {
            assertEquals(0.0, e.values()[i], 1e-13 * uu, "zero eigenvalue " + i);
        }
        assertEquals(uu, e.max(), 1e-13 * uu);
        assertTrue(TestMatrices.orthonormalityError(e.vectors()) <= 1e-13);
        Matrix scaledIdentity = Matrix.identity(7);
        for (int i = 0; i < 7; i++) {
            scaledIdentity.set(i, i, 3);
        }
        SymmetricEigen id = backend().eigh(scaledIdentity);
        assertArrayEquals(new double[] {3, 3, 3, 3, 3, 3, 3}, id.values(), 1e-15);
        assertTrue(TestMatrices.orthonormalityError(id.vectors()) <= 1e-15);
    }

    @Test
    default void kernelMatrixWithClusteredTinyEigenvalues() {
        // A Gaussian kernel on 150 points in [0, 3]: eigenvalues fall to rounding level and
        // cluster there, as for the NTK Gram matrices this library decomposes.
        int n = 150;
        Rng rng = Rng.of(59).fork("kernel");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(0, 3);
        }
        Matrix k = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k.set(i, j, Math.exp(-0.5 * (x[i] - x[j]) * (x[i] - x[j])));
            }
        }
        SymmetricEigen e = backend().eigh(k);
        double norm = k.frobeniusNorm();
        assertTrue(TestMatrices.eigenResidual(k, e) <= 1e-13 * norm * Math.sqrt(n));
        assertTrue(TestMatrices.orthonormalityError(e.vectors()) <= 1e-13 * Math.sqrt(n));
        assertTrue(e.min() > -1e-13 * norm, "min " + e.min());
    }

    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e150, 1e-150})
    default void extremeScalesNeitherOverflowNorUnderflow(double scale) {
        Matrix a = TestMatrices.randomSymmetric(Rng.of(61).fork("scaled"), 20);
        Matrix scaled = a.copy();
        for (int i = 0; i < scaled.data().length; i++) {
            scaled.data()[i] *= scale;
        }
        SymmetricEigen reference = backend().eigh(a);
        SymmetricEigen e = backend().eigh(scaled);
        for (int i = 0; i < 20; i++) {
            assertEquals(reference.values()[i], e.values()[i] / scale, 1e-13 * a.frobeniusNorm());
        }
        assertTrue(TestMatrices.orthonormalityError(e.vectors()) <= 1e-13);
    }

    @Test
    default void handlesEmptyAndScalarMatrices() {
        SymmetricEigen empty = backend().eigh(Matrix.zeros(0, 0));
        assertEquals(0, empty.values().length);
        SymmetricEigen scalar = backend().eigh(Matrix.of(new double[][] {{-2.5}}));
        assertArrayEquals(new double[] {-2.5}, scalar.values(), 0.0);
        assertEquals(1.0, Math.abs(scalar.vectors().get(0, 0)), 0.0);
    }

    @Test
    default void rejectsNonSquareOrNonFiniteInput() {
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> backend().eigh(Matrix.zeros(2, 3)));
        assertEquals("symmetric matrix must be square: 2 x 3", shape.getMessage());
        Matrix nan = Matrix.identity(3);
        nan.set(2, 1, Double.NaN);
        IllegalArgumentException finite = assertThrows(IllegalArgumentException.class,
                () -> backend().eigh(nan));
        assertEquals("symmetric matrix[2, 1] must be finite: NaN", finite.getMessage());
    }
}
