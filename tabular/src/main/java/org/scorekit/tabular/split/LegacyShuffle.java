package org.scorekit.tabular.split;

/**
 * numpy's legacy {@code RandomState.shuffle} of a 1-D array: Fisher–Yates from the end, each
 * index drawn by masked rejection ({@code random_interval}) from {@link Mt19937}
 * (spec/tabular-protocol.md §2.2).
 */
final class LegacyShuffle {
    private LegacyShuffle() {
    }

    /** Shuffles {@code a} in place exactly as {@code np.random.shuffle} with this generator. */
    static void shuffleInPlace(int[] a, Mt19937 generator) {
        for (int i = a.length - 1; i >= 1; i--) {
            int j = (int) randomInterval(i, generator);
            int swap = a[i];
            a[i] = a[j];
            a[j] = swap;
        }
    }

    /** A uniform integer in [0, max] by masked rejection: the draw numpy's shuffle makes. */
    static long randomInterval(long max, Mt19937 generator) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = generator.nextUint32() & mask;
        } while (value > max);
        return value;
    }
}
