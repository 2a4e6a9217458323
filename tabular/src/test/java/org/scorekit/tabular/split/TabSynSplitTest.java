package org.scorekit.tabular.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry rule, the sizes and the check values of the TabSyn split. */
class TabSynSplitTest {
    @Test
    void retryRuleReproducesNumpy() {
        List<String> levels = NumpyReference.text("retry.csv");
        int[] codes = levels.stream().mapToInt(l -> List.of("a", "b", "rare").indexOf(l)).toArray();
        List<long[]> expected = NumpyReference.lines("retry-expected.csv");
        Split split = new TabSynSplit(34, 6, TabSynSplit.FIRST_SEED, 10)
                .apply(40, Map.of("c", codes));
        assertEquals(expected.get(0)[0], split.seed());
        assertEquals(3, split.attempts(), "seeds 1234 and 1235 leave the single 'rare' out");
        assertArrayEquals(toInts(expected.get(1)), split.train());
        assertArrayEquals(toInts(expected.get(2)), split.test());
    }

    @Test
    void withoutCategoricalColumnsTheFirstSeedIsAccepted() {
        Split split = TabSynSplit.ninetyTen(10).apply(10, Map.of());
        assertEquals(1234, split.seed());
        // shuffle.csv's first line is seed 1234, n 10.
        long[] shuffled = NumpyReference.lines("shuffle.csv").get(0);
        assertArrayEquals(new int[] {(int) shuffled[2], (int) shuffled[3], (int) shuffled[4],
            (int) shuffled[5], (int) shuffled[6], (int) shuffled[7], (int) shuffled[8],
            (int) shuffled[9], (int) shuffled[10]}, split.train());
        assertArrayEquals(new int[] {(int) shuffled[11]}, split.test());
    }

    @Test
    void sizesFollowPythonsIntOfTheFraction() {
        assertEquals(new TabSynSplit(27000, 3000, 1234, 1000), TabSynSplit.ninetyTen(30000));
        assertEquals(new TabSynSplit(15000, 15000, 1234, 1000), TabSynSplit.fiftyFifty(30000));
        assertEquals(new TabSynSplit(9, 2, 1234, 1000), TabSynSplit.ninetyTen(11));
        assertEquals(new TabSynSplit(3, 4, 1234, 1000), TabSynSplit.fiftyFifty(7));
    }

    @Test
    void idHashFollowsSpec23() {
        // printf '1,2,10' | sha256sum: numeric (not lexicographic) order, IDs = positions + 1.
        assertEquals("19bc041f049a3f2ce6c2cd841d8ae13a5afa24fc9fa1413794354498a1539968",
                Split.idHash(new int[] {9, 0, 1}));
    }

    @Test
    void impossibleSplitsAreRejected() {
        int[] codes = {0, 1, 2, 3, 4};
        assertThrows(IllegalArgumentException.class,
                () -> new TabSynSplit(3, 2, 1234, 10).apply(5, Map.of("c", codes)));
        // Three train rows out of 100 must hold levels 1 and 2 (one row each): no seed of three does.
        int[] rare = new int[100];
        rare[17] = 1;
        rare[60] = 2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TabSynSplit(3, 1, 1234, 3).apply(100, Map.of("c", rare)));
        assertTrue(e.getMessage().contains("1234..1236"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TabSynSplit.ninetyTen(10).apply(9, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new TabSynSplit(0, 1, 1234, 1));
        assertThrows(IllegalArgumentException.class, () -> new TabSynSplit(1, 1, (1L << 32) - 1, 2));
    }

    private static int[] toInts(long[] values) {
        return Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }
}
