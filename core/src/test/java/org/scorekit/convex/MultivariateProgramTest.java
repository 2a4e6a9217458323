package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** Bad input is rejected with one message naming the parameter, the value and the expectation. */
class MultivariateProgramTest {
    private static final Matrix X = NoisyCircle.draw(20, Rng.of(3));
    private static final ActivationPatterns PATTERNS = ActivationPatterns.sample(X, 30, Rng.of(4));

    private static String message(Runnable r) {
        String m = assertThrows(IllegalArgumentException.class, r::run).getMessage();
        assertTrue(!m.contains("\n"), m);
        return m;
    }

    @Test
    void betaMustBePositiveAndFinite() {
        for (double beta : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("beta must be positive and finite: " + beta, message(
                    () -> new MultivariateProgram(X, PATTERNS, Activation.RELU, beta)));
        }
    }

    @Test
    void pointsMustBeTwoDistinctRows() {
        Matrix one = Matrix.of(new double[][] {{1, 2}});
        assertEquals("x must hold at least 2 rows: 1",
                message(() -> ActivationPatterns.sample(one, 5, Rng.of(1))));
        Matrix same = Matrix.of(new double[][] {{1, 2}, {1, 2}, {1, 2}});
        assertEquals("x must hold at least 2 distinct rows: all 3 rows are [1.0, 2.0]",
                message(() -> ActivationPatterns.sample(same, 5, Rng.of(1))));
        assertEquals("x must hold at least 2 distinct rows: all 3 rows are [1.0, 2.0]",
                message(() -> new MultivariateProgram(same, PATTERNS, Activation.RELU, 1)));
    }

    @Test
    void dimensionAndSizeMustMatchThePatterns() {
        Matrix wide = Matrix.zeros(20, 3);
        for (int i = 0; i < 20; i++) {
            wide.set(i, 0, X.get(i, 0));
            wide.set(i, 1, X.get(i, 1));
        }
        assertEquals("points have 3 columns, patterns were drawn in dimension 2",
                message(() -> new MultivariateProgram(wide, PATTERNS, Activation.RELU, 1)));
        assertEquals("points rows (the patterns' n): expected 20, got 10", message(
                () -> new MultivariateProgram(X.rowRange(0, 10), PATTERNS, Activation.RELU, 1)));
        Matrix other = NoisyCircle.draw(20, Rng.of(99));
        assertTrue(message(() -> new MultivariateProgram(other, PATTERNS, Activation.RELU, 1))
                .startsWith("patterns must be drawn on these points: pattern "));
    }

    @Test
    void patternCountMustBePositive() {
        Matrix two = Matrix.of(new double[][] {{0, 0}, {1, 0}});
        ActivationPatterns empty = null;
        for (long seed = 0; seed < 200 && empty == null; seed++) {
            ActivationPatterns p = ActivationPatterns.sample(two, 1, Rng.of(seed));
            empty = p.count() == 0 ? p : null;
        }
        ActivationPatterns none = empty;
        assertTrue(none != null, "one gate leaves both points inactive for some seed");
        assertEquals("patterns must hold at least 1 pattern: 0 of 1 gates gave a non-empty one",
                message(() -> new MultivariateProgram(two, none, Activation.RELU, 1)));
    }
}
