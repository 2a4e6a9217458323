package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class ActivationPatternsTest {
    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void patternsAreDistinctNonEmptyHalfSpacesWithinTheArrangementBound() {
        Rng rng = Rng.of(5);
        Matrix x = NoisyCircle.draw(40, rng.fork("data"));
        ActivationPatterns patterns = ActivationPatterns.sample(x, 200, rng.fork("gates"));
        int n = x.rows();
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < patterns.count(); p++) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < n; i++) {
                key.append(patterns.active(p, i) ? '1' : '0');
            }
            assertTrue(patterns.activeCount(p) > 0);
            assertTrue(seen.add(key.toString()), "pattern " + p + " repeats");
        }
        // §6.1: P ≤ 2r (e(n − 1)/r)^r with r = rank([X, 1]) = 3.
        double bound = 2 * 3 * Math.pow(Math.E * (n - 1) / 3, 3);
        assertTrue(patterns.count() <= Math.min(200, bound));
        assertTrue(patterns.count() > 50, "only " + patterns.count() + " of 200 gates kept");
        assertEquals(200, patterns.gates());
        assertTrue(patterns.largestActiveCount() <= n);
    }

    @Test
    void inOneDimensionEveryPatternIsAHalfLineOfTheSortedData() {
        double[] t = {-1.3, -0.7, -0.5, -0.1, 0.1, 0.4, 0.9, 1.3};
        Matrix x = Matrix.zeros(t.length, 1);
        for (int i = 0; i < t.length; i++) {
            x.set(i, 0, t[i]);
        }
        ActivationPatterns patterns = ActivationPatterns.sample(x, 500, Rng.of(2));
        for (int p = 0; p < patterns.count(); p++) {
            int changes = 0;
            for (int i = 1; i < t.length; i++) {
                changes += patterns.active(p, i) != patterns.active(p, i - 1) ? 1 : 0;
            }
            assertTrue(changes <= 1, "pattern " + p + " is not a half-line");
        }
        // 2n − 1 non-empty half-lines exist (the full set counted once); 500 gates find most.
        assertTrue(patterns.count() <= 2 * t.length - 1);
    }

    @Test
    void theSameStreamGivesTheSamePatterns() {
        Matrix x = NoisyCircle.draw(30, Rng.of(1));
        ActivationPatterns a = ActivationPatterns.sample(x, 100, Rng.of(9));
        ActivationPatterns b = ActivationPatterns.sample(x, 100, Rng.of(9));
        assertEquals(a.count(), b.count());
        for (int p = 0; p < a.count(); p++) {
            for (int i = 0; i < x.rows(); i++) {
                assertEquals(a.active(p, i), b.active(p, i));
            }
        }
    }

    @Test
    void badInputIsOneLineNamingTheArgument() {
        Matrix one = Matrix.of(new double[][] {{0.5, 1.0}});
        Matrix same = Matrix.of(new double[][] {{0.5, 1.0}, {0.5, 1.0}, {0.5, 1.0}});
        Matrix nan = Matrix.of(new double[][] {{0.5, 1.0}, {Double.NaN, 1.0}});
        Matrix good = Matrix.of(new double[][] {{0.5, 1.0}, {-0.5, 2.0}});
        Rng rng = Rng.of(1);
        assertEquals("x must hold at least 2 rows: 1",
                message(() -> ActivationPatterns.sample(one, 10, rng)));
        assertEquals("x must hold at least 2 distinct rows: all 3 rows are [0.5, 1.0]",
                message(() -> ActivationPatterns.sample(same, 10, rng)));
        assertEquals("x[1, 0] must be finite: NaN",
                message(() -> ActivationPatterns.sample(nan, 10, rng)));
        assertEquals("gates must be positive: 0",
                message(() -> ActivationPatterns.sample(good, 0, rng)));
        ActivationPatterns patterns = ActivationPatterns.sample(good, 10, rng);
        assertEquals("pattern must be in [0, " + patterns.count() + "): -1",
                message(() -> patterns.active(-1, 0)));
        assertEquals("row must be in [0, 2): 2", message(() -> patterns.active(0, 2)));
    }
}
