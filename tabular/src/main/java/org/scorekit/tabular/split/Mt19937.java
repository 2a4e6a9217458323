package org.scorekit.tabular.split;

/**
 * The 32-bit Mersenne Twister MT19937 seeded as numpy's legacy {@code np.random.seed(int)} does
 * ({@code init_genrand}, not {@code init_by_array}), so that {@link LegacyShuffle} reproduces
 * numpy's permutations bit for bit (spec/tabular-protocol.md §2.2). It exists only to reproduce
 * the published splits; every other random draw in scorekit comes from
 * {@link org.scorekit.random.Rng}.
 */
final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index;

    /** The state after {@code init_genrand(seed)}, seed in [0, 2^32). */
    Mt19937(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be in [0, 2^32): " + seed);
        }
        mt[0] = (int) seed;
        for (int k = 1; k < N; k++) {
            // Java's int arithmetic wraps modulo 2^32, as the reference's unsigned arithmetic does.
            mt[k] = 1812433253 * (mt[k - 1] ^ (mt[k - 1] >>> 30)) + k;
        }
        index = N;
    }

    /** The next tempered 32-bit output, as an unsigned value in [0, 2^32). */
    long nextUint32() {
        if (index >= N) {
            regenerate();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void regenerate() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
    }
}
