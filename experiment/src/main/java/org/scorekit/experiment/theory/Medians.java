package org.scorekit.experiment.theory;

import java.util.Arrays;
import org.scorekit.checks.Checks;

/**
 * The sample median with a distribution-free 95 % interval from order statistics: for n
 * i.i.d. values x_(1) ≤ … ≤ x_(n), [x_(k), x_(n+1−k)] covers the population median with
 * probability 1 − 2 P(Bin(n, ½) &lt; k); k is the largest rank that keeps this ≥ 0.95
 * (e.g. n = 9: k = 2, coverage 96.1 %; n = 30: k = 10, 95.7 %). For n ≤ 5 no such k exists and
 * the interval is NaN (not available), as for the other fits without an interval.
 */
final class Medians {
    private Medians() {
    }

    /** The median and its interval. */
    record Interval(double median, double low, double high) {
    }

    /** The median of values (n ≥ 1) with its 95 % order-statistic interval. */
    static Interval of(double[] values) {
        Checks.positive("number of values", values.length);
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double median = n % 2 == 1 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
        int k = lowerRank(n);
        if (k == 0) {
            return new Interval(median, Double.NaN, Double.NaN);
        }
        return new Interval(median, x[k - 1], x[n - k]);
    }

    /** The largest k ≥ 1 with P(Bin(n, ½) ≤ k − 1) ≤ 0.025, or 0 if none. */
    static int lowerRank(int n) {
        double tail = 0;
        double term = Math.pow(0.5, n);
        int k = 0;
        for (int j = 0; j < n; j++) {
            tail += term;
            if (tail > 0.025) {
                break;
            }
            k = j + 1;
            term *= (double) (n - j) / (j + 1);
        }
        return k;
    }
}
