package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.BlockLanczos.Options;
import org.scorekit.linalg.BlockLanczos.RitzValues;
import org.scorekit.random.Rng;

class BlockLanczosTest {
    private static final Backend BACKEND = Backends.current();

    /** A = G G^T/n for a Gaussian G: n × rank, PSD with rank min(n, rank). */
    private static Matrix psd(int n, int rank, long seed) {
        Matrix g = Rng.of(seed).gaussian(n, rank);
        Matrix a = Matrix.zeros(n, n);
        BACKEND.gemm(Transpose.NO, Transpose.YES, n, n, rank, 1.0 / n, g.data(), 0, rank,
                g.data(), 0, rank, 0.0, a.data(), 0, n);
        return a;
    }

    private static UnaryOperator<Matrix> times(Matrix a) {
        return v -> {
            Matrix out = Matrix.zeros(a.rows(), v.cols());
            BACKEND.gemm(Transpose.NO, Transpose.NO, a.rows(), v.cols(), a.cols(), 1.0, a.data(),
                    0, a.cols(), v.data(), 0, v.cols(), 0.0, out.data(), 0, v.cols());
            return out;
        };
    }

    private static RitzValues run(Matrix a, Options options, int wanted) {
        Matrix start = Rng.of(3).gaussian(a.rows(), options.blockWidth());
        return new BlockLanczos(options).leading(times(a), start, r -> r.count() >= wanted);
    }

    @Test
    void leadingValuesMatchTheDenseEigendecompositionWithinTheirResiduals() {
        int n = 400;
        Matrix a = psd(n, 400, 11);
        double[] mu = BACKEND.eigh(a).values();
        RitzValues ritz = run(a, new Options(8, 400, 1e-10), 12);
        assertTrue(ritz.count() >= 12, "converged values: " + ritz.count());
        assertFalse(ritz.exhausted());
        for (int i = 0; i < ritz.count(); i++) {
            double exact = mu[n - 1 - i];
            // Interlacing: θ_i ≤ μ_i; the residual bounds the distance (a few ulps of slack).
            assertTrue(ritz.values()[i] <= exact * (1 + 1e-13), "θ_" + i + " above μ_" + i);
            assertTrue(exact - ritz.values()[i] <= ritz.residuals()[i] + 1e-13 * exact,
                    "θ_" + i + " off by " + (exact - ritz.values()[i]));
        }
        assertEquals(0, ritz.products() % 8);
    }

    @Test
    void aFullKrylovSpaceGivesEveryEigenvalue() {
        int n = 48;
        Matrix a = psd(n, 60, 12);
        double[] mu = BACKEND.eigh(a).values();
        RitzValues ritz = run(a, new Options(16, 100, 1e-8), n + 1);
        assertTrue(ritz.exhausted());
        assertEquals(n, ritz.products());
        assertEquals(n, ritz.count());
        for (int i = 0; i < n; i++) {
            assertEquals(mu[n - 1 - i], ritz.values()[i], 1e-12 * mu[n - 1]);
        }
    }

    @Test
    void anInvariantSubspaceIsLeftThroughReplacementColumns() {
        // Rank 3 with block width 4: the second block is deflated at once and replaced.
        int n = 60;
        Matrix a = psd(n, 3, 13);
        double[] mu = BACKEND.eigh(a).values();
        RitzValues ritz = run(a, new Options(4, 60, 1e-8), 5);
        assertTrue(ritz.count() >= 5);
        for (int i = 0; i < 3; i++) {
            assertEquals(mu[n - 1 - i], ritz.values()[i], 1e-12 * mu[n - 1]);
        }
        assertEquals(0.0, ritz.values()[4], 1e-12 * mu[n - 1]);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new Options(0, 10, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Options(4, 0, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Options(4, 10, 0.0));
        Matrix a = psd(10, 10, 14);
        BlockLanczos lanczos = new BlockLanczos(new Options(4, 10, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> lanczos.leading(times(a), Matrix.zeros(10, 3), r -> true));
        BlockLanczos wide = new BlockLanczos(new Options(12, 20, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> wide.leading(times(a), Matrix.zeros(10, 12), r -> true));
    }
}
