package org.scorekit.report;

import java.util.Arrays;
import java.util.List;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.metrics.CorrelationSimilarity;
import org.scorekit.tabular.metrics.EqualWidthBins;

/**
 * The pair-trend picture of a table, one number in [−1, 1] per pair of columns, for the heat
 * maps of the evaluation report: Pearson r for two numerical columns, and Cramér's V (in
 * [0, 1]) for a pair with a categorical column, numerical columns binned into
 * {@link EqualWidthBins#BINS} equal-width bins of their own range, as the Trend metric bins them
 * (spec/tabular-protocol.md §3.2). Rows with a missing number are left out of that pair. The
 * diagonal is 1.
 */
final class Associations {
    private Associations() {
    }

    /** The symmetric matrix of associations between the columns, in the given order. */
    static double[][] of(List<Column> columns) {
        int p = columns.size();
        int[][] labels = new int[p][];
        for (int j = 0; j < p; j++) {
            Column c = columns.get(j);
            labels[j] = c.type() == ColumnType.NUMERICAL ? EqualWidthBins.labels(c.numbers()) : c.codes();
        }
        double[][] out = new double[p][p];
        for (int a = 0; a < p; a++) {
            out[a][a] = 1;
            for (int b = a + 1; b < p; b++) {
                Column x = columns.get(a);
                Column y = columns.get(b);
                double v = x.type() == ColumnType.NUMERICAL && y.type() == ColumnType.NUMERICAL
                        ? pearson(x.numbers(), y.numbers()) : cramersV(labels[a], labels[b]);
                out[a][b] = v;
                out[b][a] = v;
            }
        }
        return out;
    }

    private static double pearson(double[] x, double[] y) {
        int n = 0;
        double[] a = new double[x.length];
        double[] b = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                a[n] = x[i];
                b[n] = y[i];
                n++;
            }
        }
        return n < 2 ? Double.NaN : CorrelationSimilarity.pearson(Arrays.copyOf(a, n),
                Arrays.copyOf(b, n));
    }

    /**
     * Cramér's V = √(χ² / (n (min(r, c) − 1))) of the contingency table of two label columns
     * (a negative label, a missing number, leaves the row out); NaN when one column is constant.
     */
    static double cramersV(int[] x, int[] y) {
        int r = 0;
        int c = 0;
        for (int i = 0; i < x.length; i++) {
            r = Math.max(r, x[i] + 1);
            c = Math.max(c, y[i] + 1);
        }
        long[][] counts = new long[r][c];
        long[] rows = new long[r];
        long[] cols = new long[c];
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= 0 && y[i] >= 0) {
                counts[x[i]][y[i]]++;
                rows[x[i]]++;
                cols[y[i]]++;
                n++;
            }
        }
        int usedRows = 0;
        int usedCols = 0;
        for (long v : rows) {
            usedRows += v > 0 ? 1 : 0;
        }
        for (long v : cols) {
            usedCols += v > 0 ? 1 : 0;
        }
        int k = Math.min(usedRows, usedCols);
        if (k < 2) {
            return Double.NaN;
        }
        double chi2 = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (rows[i] > 0 && cols[j] > 0) {
                    double expected = (double) rows[i] * cols[j] / n;
                    double d = counts[i][j] - expected;
                    chi2 += d * d / expected;
                }
            }
        }
        return Math.sqrt(chi2 / (n * (double) (k - 1)));
    }
}
