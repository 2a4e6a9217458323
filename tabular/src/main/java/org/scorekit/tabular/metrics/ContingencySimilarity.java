package org.scorekit.tabular.metrics;

import java.util.Arrays;

/**
 * SDMetrics' ContingencySimilarity (spec/tabular-protocol.md §3.2):
 * 1 − ½ Σ_{a,b} |P_real(a, b) − P_syn(a, b)| over the union of observed cells (a cell missing in
 * one table has frequency 0 there), P = count / rows. A cell is given as one {@code long} key
 * per row (see {@link Trend} for how pairs of columns become keys).
 */
public final class ContingencySimilarity {
    private ContingencySimilarity() {
    }

    /** The score in [0, 1]; NaN when either table has no row. */
    public static double score(long[] realCells, long[] syntheticCells) {
        if (realCells.length == 0 || syntheticCells.length == 0) {
            return Double.NaN;
        }
        long[] a = realCells.clone();
        long[] b = syntheticCells.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        double na = a.length;
        double nb = b.length;
        double variation = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            long cell = Math.min(i < a.length ? a[i] : Long.MAX_VALUE,
                    j < b.length ? b[j] : Long.MAX_VALUE);
            int ca = 0;
            while (i < a.length && a[i] == cell) {
                i++;
                ca++;
            }
            int cb = 0;
            while (j < b.length && b[j] == cell) {
                j++;
                cb++;
            }
            variation += Math.abs(ca / na - cb / nb);
        }
        return 1 - variation / 2;
    }
}
