package org.scorekit.tabular.split;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scorekit.checks.Checks;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * The TabSyn train/test split (spec/tabular-protocol.md §2.1): positions 0..n−1 are shuffled
 * in place by numpy's legacy generator seeded with {@code seed}; train = the first
 * {@code trainSize} positions, test = the last {@code testSize}. The split is accepted when
 * every categorical feature column shows all its levels in the train rows; otherwise the seed
 * goes up by one and the already shuffled array is shuffled again (cumulative retries).
 *
 * @param trainSize   rows in the train split
 * @param testSize    rows in the test (holdout) split; trainSize + testSize ≤ rows
 * @param firstSeed   the first seed tried (TabSyn: 1234)
 * @param maxAttempts seeds tried before giving up
 */
public record TabSynSplit(int trainSize, int testSize, long firstSeed, int maxAttempts) {
    /** TabSyn's first seed. */
    public static final long FIRST_SEED = 1234;
    /** Attempts before {@link #apply} gives up. */
    public static final int MAX_ATTEMPTS = 1000;

    public TabSynSplit {
        Checks.positive("trainSize", trainSize);
        Checks.positive("testSize", testSize);
        Checks.positive("maxAttempts", maxAttempts);
        Checks.require(firstSeed >= 0 && firstSeed + maxAttempts <= 0x100000000L,
                "firstSeed must leave maxAttempts seeds below 2^32: " + firstSeed);
    }

    /**
     * The 90/10 split of n rows: train = ⌊0.9·n⌋ as Python's {@code int(n * 0.9)} computes it,
     * test = the rest (27,000 / 3,000 for Credit Default).
     */
    public static TabSynSplit ninetyTen(int rows) {
        int train = (int) (Checks.positive("rows", rows) * 0.9);
        return new TabSynSplit(train, rows - train, FIRST_SEED, MAX_ATTEMPTS);
    }

    /** The 50/50 split for DCR: train = ⌊0.5·n⌋, holdout = the rest (15,000 / 15,000). */
    public static TabSynSplit fiftyFifty(int rows) {
        int train = (int) (Checks.positive("rows", rows) * 0.5);
        return new TabSynSplit(train, rows - train, FIRST_SEED, MAX_ATTEMPTS);
    }

    /** Splits the rows of a table, checking the levels of its categorical features. */
    public Split apply(Table table) {
        Map<String, int[]> codes = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            if (c.type() == ColumnType.CATEGORICAL) {
                codes.put(c.name(), c.codes());
            }
        }
        return apply(table.rows(), codes);
    }

    /**
     * Splits {@code rows} row positions.
     *
     * @param categoricalCodes per categorical feature column (name → level code per row, codes
     *                         in [0, levels)); the target column is not checked
     * @throws IllegalArgumentException if the sizes exceed the rows, a column cannot fit its
     *                                  levels into the train rows, or no seed is accepted within
     *                                  {@code maxAttempts}
     */
    public Split apply(int rows, Map<String, int[]> categoricalCodes) {
        Checks.require(trainSize + (long) testSize <= rows, "trainSize + testSize must be at most "
                + "the " + rows + " rows: " + trainSize + " + " + testSize);
        categoricalCodes.forEach((name, codes) -> {
            Checks.sameSize("rows of column " + name, rows, codes.length);
            Checks.require(levels(codes, rows).cardinality() <= trainSize, "column " + name
                    + " has more levels than the " + trainSize + " train rows");
        });
        int[] positions = new int[rows];
        for (int i = 0; i < rows; i++) {
            positions[i] = i;
        }
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            long seed = firstSeed + attempt;
            LegacyShuffle.shuffleInPlace(positions, new Mt19937(seed));
            if (trainHasAllLevels(positions, categoricalCodes, rows)) {
                return Split.of(seed, attempt + 1, positions, trainSize, testSize);
            }
        }
        throw new IllegalArgumentException("no seed in " + firstSeed + ".." + (firstSeed
                + maxAttempts - 1) + " puts every categorical level into the " + trainSize
                + " train rows; a level is too rare for this split");
    }

    private boolean trainHasAllLevels(int[] positions, Map<String, int[]> categoricalCodes,
                                      int rows) {
        for (int[] codes : categoricalCodes.values()) {
            BitSet seen = new BitSet();
            for (int i = 0; i < trainSize; i++) {
                seen.set(codes[positions[i]]);
            }
            if (!seen.equals(levels(codes, rows))) {
                return false;
            }
        }
        return true;
    }

    private static BitSet levels(int[] codes, int rows) {
        BitSet all = new BitSet();
        for (int i = 0; i < rows; i++) {
            all.set(codes[i]);
        }
        return all;
    }
}
