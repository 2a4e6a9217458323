package org.scorekit.tabular.metrics;

/**
 * The discretisation of a numerical column for mixed pairs (spec/tabular-protocol.md §3.2):
 * 11 equal-width edges over [min, max] of the column in ITS OWN table (numpy's
 * {@code histogram_bin_edges(x, bins=10)}; [min − 0.5, max + 0.5] when min = max), and
 * label(x) = the number of edges ≤ x ({@code np.digitize}): 1 … 10, and 11 for x = max. Real and
 * synthetic columns are binned independently, each with its own edges, as SDMetrics 0.11.1
 * does; replicate this quirk to match published numbers.
 */
public final class EqualWidthBins {
    /** The number of bins. */
    public static final int BINS = 10;

    private EqualWidthBins() {
    }

    /** The edges, as numpy's linspace computes them: edge_i = min + i · step, edge_10 = max. */
    public static double[] edges(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double step = (max - min) / BINS;
        double[] edges = new double[BINS + 1];
        for (int i = 0; i < BINS; i++) {
            edges[i] = i * step + min;
        }
        edges[BINS] = max;
        return edges;
    }

    /** The label of every value (−1 for NaN), under the column's own edges. */
    public static int[] labels(double[] values) {
        double[] edges = edges(values);
        int[] labels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = Double.isNaN(values[i]) ? -1 : label(values[i], edges);
        }
        return labels;
    }

    private static int label(double x, double[] edges) {
        int count = 0;
        while (count < edges.length && edges[count] <= x) {
            count++;
        }
        return count;
    }
}
