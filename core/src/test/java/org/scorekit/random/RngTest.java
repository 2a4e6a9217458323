package org.scorekit.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.testkit.StatisticalAssert;

class RngTest {

    private static long[] draws(Rng rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    private static int matches(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same;
    }

    @Test
    void sameSeedAndLabelGiveTheSameStream() {
        assertArrayEquals(draws(Rng.of(42).fork("data"), 1000), draws(Rng.of(42).fork("data"), 1000));
        assertArrayEquals(draws(Rng.of(42), 1000), draws(Rng.of(42), 1000));
    }

    @Test
    void differentLabelsSeedsAndLevelsGiveDifferentStreams() {
        long[] a = draws(Rng.of(42).fork("data"), 200);
        // Two independent 64-bit streams agree at a position with probability 2^-64.
        assertEquals(0, matches(a, draws(Rng.of(42).fork("noise"), 200)));
        assertEquals(0, matches(a, draws(Rng.of(43).fork("data"), 200)));
        assertEquals(0, matches(a, draws(Rng.of(42), 200)));
        assertEquals(0, matches(a, draws(Rng.of(42).fork("data").fork("data"), 200)));
    }

    @Test
    void forkOfForkExtendsThePathAndKeepsTheSeed() {
        Rng child = Rng.of(7).fork("problem").fork("times");
        assertEquals("/problem/times", child.path());
        assertEquals(7, child.seed());
        assertEquals("", Rng.of(7).path());
        assertArrayEquals(draws(Rng.of(7).fork("problem").fork("times"), 100), draws(child, 100));
        assertEquals(0, matches(draws(Rng.of(7).fork("problem").fork("times"), 100),
                draws(Rng.of(7).fork("times").fork("problem"), 100)));
    }

    @Test
    void forkingNeitherAdvancesTheParentNorDependsOnItsPosition() {
        Rng parent = Rng.of(3);
        parent.nextLong();
        Rng early = parent.fork("x");
        long[] rest = draws(parent, 50);
        Rng reference = Rng.of(3);
        reference.nextLong();
        assertArrayEquals(draws(reference, 50), rest);
        draws(parent, 10);
        assertArrayEquals(draws(early, 100), draws(parent.fork("x"), 100));
    }

    @Test
    void forkLabelsMustBeNonEmptySingleSegments() {
        assertThrows(IllegalArgumentException.class, () -> Rng.of(1).fork(""));
        assertThrows(IllegalArgumentException.class, () -> Rng.of(1).fork(null));
        // "a/b" would name the same path, hence the same stream, as fork("a").fork("b").
        assertThrows(IllegalArgumentException.class, () -> Rng.of(1).fork("a/b"));
    }

    @Test
    void gaussianMomentsMatchTheStandardNormal() {
        // n = 400000 draws. SEs: mean 1/√n; E[X²] √(Var X²)/√n = √2/√n; E[X⁴] √(105 − 9)/√n.
        // 3 checks at z = 4.5: false-failure probability ≤ 3 · 6.8e-6 ≈ 2e-5.
        int n = 400_000;
        Rng rng = Rng.of(2024).fork("gaussian");
        double s1 = 0;
        double s2 = 0;
        double s4 = 0;
        for (int i = 0; i < n; i++) {
            double x = rng.nextGaussian();
            s1 += x;
            s2 += x * x;
            s4 += x * x * x * x;
        }
        double root = Math.sqrt(n);
        StatisticalAssert.assertWithinStandardErrors("mean", 0.0, s1 / n, 1 / root);
        StatisticalAssert.assertWithinStandardErrors("second moment", 1.0, s2 / n, Math.sqrt(2) / root);
        StatisticalAssert.assertWithinStandardErrors("fourth moment", 3.0, s4 / n, Math.sqrt(96) / root);
    }

    @Test
    void consecutiveGaussiansAreUncorrelated() {
        // The polar method returns draws in pairs; E[X_{2i} X_{2i+1}] = 0 with SE 1/√pairs.
        // One check at z = 4.5: false-failure probability 6.8e-6.
        int pairs = 200_000;
        Rng rng = Rng.of(5);
        double s = 0;
        for (int i = 0; i < pairs; i++) {
            s += rng.nextGaussian() * rng.nextGaussian();
        }
        StatisticalAssert.assertWithinStandardErrors("lag-1 product", 0.0, s / pairs,
                1 / Math.sqrt(pairs));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 7, 10, 1000})
    void nextIntIsUniform(int bound) {
        // Pearson chi-square over min(bound, 50) equal cells, n = 2000 per cell;
        // false-failure probability 1e-4.
        int cells = Math.min(bound, 50);
        long[] counts = new long[cells];
        Rng rng = Rng.of(bound).fork("nextInt");
        int n = 2000 * cells;
        for (int i = 0; i < n; i++) {
            int v = rng.nextInt(bound);
            assertTrue(v >= 0 && v < bound, "out of range: " + v);
            counts[(int) ((long) v * cells / bound)]++;
        }
        // Every bound used divides evenly into its cells, so the cells are equally likely.
        assertEquals(0, bound % cells);
        StatisticalAssert.assertChiSquareUniform("nextInt(" + bound + ")", counts, 1e-4);
    }

    @Test
    void nextIntHasNoModuloBiasForALargeBound() {
        // bound = 3·2^29: plain (32 random bits) mod bound would put 3/8 of the mass in each of
        // the thirds [0, 2^29) and [2^29, 2^30) and 1/4 in the last third. n = 30000; chi-square
        // with false-failure probability 1e-4 rejects that bias with near certainty.
        int bound = 3 << 29;
        long[] counts = new long[3];
        Rng rng = Rng.of(99);
        for (int i = 0; i < 30_000; i++) {
            counts[rng.nextInt(bound) >>> 29]++;
        }
        StatisticalAssert.assertChiSquareUniform("thirds of nextInt(3·2^29)", counts, 1e-4);
    }

    @Test
    void nextIntRejectsNonPositiveBoundsAndHandlesOne() {
        assertThrows(IllegalArgumentException.class, () -> Rng.of(1).nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> Rng.of(1).nextInt(-3));
        Rng rng = Rng.of(1);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, rng.nextInt(1));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 1000})
    void permutationIsAPermutation(int n) {
        int[] p = Rng.of(n).permutation(n);
        assertEquals(n, p.length);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void permutationsOfThreeAreEquallyLikely() {
        // 60000 permutations of {0, 1, 2} over 6 cells; chi-square, false-failure probability 1e-4.
        long[] counts = new long[6];
        Rng rng = Rng.of(8);
        for (int i = 0; i < 60_000; i++) {
            int[] p = rng.permutation(3);
            counts[p[0] * 2 + (p[1] > p[2] ? 1 : 0)]++;
        }
        StatisticalAssert.assertChiSquareUniform("permutations of 3", counts, 1e-4);
        assertThrows(IllegalArgumentException.class, () -> Rng.of(1).permutation(-1));
    }

    @Test
    void nextDoubleLiesInTheUnitIntervalAndIsUniform() {
        // 20 equal cells, n = 200000; chi-square, false-failure probability 1e-4.
        Rng rng = Rng.of(12);
        long[] counts = new long[20];
        for (int i = 0; i < 200_000; i++) {
            double u = rng.nextDouble();
            assertTrue(u >= 0.0 && u < 1.0, "out of [0, 1): " + u);
            counts[(int) (u * 20)]++;
        }
        StatisticalAssert.assertChiSquareUniform("nextDouble", counts, 1e-4);
        for (int i = 0; i < 10_000; i++) {
            double v = rng.uniform(-2.0, 3.0);
            assertTrue(v >= -2.0 && v < 3.0, "out of [-2, 3): " + v);
        }
    }

    @Test
    void signsAreBalanced() {
        // Mean of n = 100000 signs is 0 with SE 1/√n; z = 4.5, false-failure probability 6.8e-6.
        Rng rng = Rng.of(4);
        int n = 100_000;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double v = rng.nextSign();
            assertTrue(v == 1.0 || v == -1.0);
            s += v;
        }
        StatisticalAssert.assertWithinStandardErrors("sign mean", 0.0, s / n, 1 / Math.sqrt(n));
    }

    @Test
    void gaussianMatrixFillsRowMajorFromTheStream() {
        Matrix m = Rng.of(6).gaussian(3, 4);
        assertEquals(3, m.rows());
        assertEquals(4, m.cols());
        double[] expected = new double[12];
        Rng.of(6).fillGaussian(expected);
        assertArrayEquals(expected, m.data());
        assertNotEquals(m.get(0, 0), m.get(0, 1));
    }
}
