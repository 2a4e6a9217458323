package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.random.Rng;

/**
 * Cholesky part of the backend contract: A = L L^T with L lower triangular and a positive
 * diagonal, solves accurate to the conditioning, empty for a matrix that is not positive
 * definite, only the lower triangle read.
 */
interface CholeskyContract {
    /** The backend under test. */
    Backend backend();

    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {1, 2, 9, 64})
    default void factorsPositiveDefiniteMatrices(int n) {
        Matrix a = TestMatrices.randomPositiveDefinite(Rng.of(29).fork("chol").fork("n" + n), n);
        Matrix l = backend().cholesky(TestMatrices.poisonUpper(a)).orElseThrow().lower();
        for (int i = 0; i < n; i++) {
            assertTrue(l.get(i, i) > 0, "diagonal " + i);
            for (int j = i + 1; j < n; j++) {
                assertEquals(0.0, l.get(i, j), 0.0, "upper entry " + i + ", " + j);
            }
        }
        double error = TestMatrices.maxAbsDifference(TestMatrices.times(l, l.transpose()),
                TestMatrices.symmetricFromLower(a));
        assertTrue(error <= 1e-13 * a.frobeniusNorm(), "L L^T error " + error);
    }

    @Test
    default void solvesToTheConditioning() {
        int n = 50;
        Rng rng = Rng.of(31).fork("solve");
        Matrix a = TestMatrices.symmetricFromLower(TestMatrices.randomPositiveDefinite(rng, n));
        double[] x = new double[n];
        rng.fillGaussian(x);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += a.get(i, j) * x[j];
            }
        }
        double[] solved = backend().cholesky(a).orElseThrow().solve(b);
        // The eigenvalues of B B^T / n lie in about [0, 4] (Marchenko-Pastur, ratio 1), so
        // cond(A) <= 5 and the expected error is ~1e-15; 1e-12 leaves room without hiding bugs.
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], solved[i], 1e-12 * (1 + Math.abs(x[i])), "x[" + i + "]");
        }
    }

    @Test
    default void logDeterminantMatchesTheEigenvalues() {
        Matrix a = TestMatrices.symmetricFromLower(
                TestMatrices.randomPositiveDefinite(Rng.of(37).fork("logdet"), 20));
        double expected = 0;
        for (double v : backend().eigh(a).values()) {
            expected += Math.log(v);
        }
        assertEquals(expected, backend().cholesky(a).orElseThrow().logDeterminant(), 1e-11);
    }

    @Test
    default void returnsEmptyWhenNotPositiveDefinite() {
        assertEquals(Optional.empty(), backend().cholesky(Matrix.of(new double[][] {{1, 2}, {2, 1}})));
        assertEquals(Optional.empty(), backend().cholesky(Matrix.of(new double[][] {{-1}})));
        assertEquals(Optional.empty(), backend().cholesky(Matrix.of(new double[][] {{1, 1}, {1, 1}})));
        Matrix nan = Matrix.identity(3);
        nan.set(1, 0, Double.NaN);
        assertEquals(Optional.empty(), backend().cholesky(nan));
        Matrix indefinite = TestMatrices.randomSymmetric(Rng.of(41).fork("indefinite"), 15);
        assertTrue(new JavaBackend().eigh(indefinite).min() < -1, "test matrix must be indefinite");
        assertEquals(Optional.empty(), backend().cholesky(indefinite));
    }

    @Test
    default void handlesEmptyAndRejectsNonSquare() {
        assertEquals(0, backend().cholesky(Matrix.zeros(0, 0)).orElseThrow().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> backend().cholesky(Matrix.zeros(3, 2)));
        assertEquals("matrix to factorise must be square: 3 x 2", e.getMessage());
    }
}
