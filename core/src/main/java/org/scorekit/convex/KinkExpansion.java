package org.scorekit.convex;

import java.util.Arrays;

/**
 * A function Σ_j z_j φ_j(x) + c + v x over the kink dictionary of spec/convex-score.md §2.2 at the
 * sorted kinks x_(0) &lt; … &lt; x_(n−1): for ReLU, column k &lt; n is (x − x_(k))_+ and column
 * n + k is (x_(k) − x)_+; for the absolute value, column k is |x − x_(k)|. Shared by the
 * score-matching and the denoising solutions; the arrays are not copied.
 */
record KinkExpansion(Activation activation, double[] kinks, double[] coefficients, double bias,
                     double skip) {
    /** The kink index of column j. */
    int kinkIndex(int j) {
        return j < kinks.length ? j : j - kinks.length;
    }

    /** Whether column j is an A⁺ column or an absolute-value column (active right of its kink). */
    boolean rightSided(int j) {
        return j < kinks.length;
    }

    /** The number of non-zero coefficients. */
    int nonZeros() {
        int count = 0;
        for (double z : coefficients) {
            count += z != 0 ? 1 : 0;
        }
        return count;
    }

    /** φ_j(x): the column's function at x. */
    double basis(int j, double x) {
        double d = x - kinks[kinkIndex(j)];
        if (activation == Activation.ABSOLUTE_VALUE) {
            return Math.abs(d);
        }
        return rightSided(j) ? Math.max(d, 0.0) : Math.max(-d, 0.0);
    }

    /** Σ_j z_j φ_j(x) + c + v x. */
    double value(double x) {
        double s = bias + skip * x;
        for (int j = 0; j < coefficients.length; j++) {
            if (coefficients[j] != 0) {
                s += coefficients[j] * basis(j, x);
            }
        }
        return s;
    }

    /** The same function as a {@link PiecewiseLinearScore}, with a knot at every active kink. */
    PiecewiseLinearScore score() {
        double left = skip;
        double right = skip;
        boolean abs = activation == Activation.ABSOLUTE_VALUE;
        double[] knots = new double[coefficients.length];
        int count = 0;
        for (int j = 0; j < coefficients.length; j++) {
            double z = coefficients[j];
            if (z != 0) {
                knots[count++] = kinks[kinkIndex(j)];
                right += abs || rightSided(j) ? z : 0.0;
                left -= abs || !rightSided(j) ? z : 0.0;
            }
        }
        knots = Arrays.stream(knots, 0, count).sorted().distinct().toArray();
        if (knots.length == 0) {
            knots = new double[] {Arrays.stream(kinks).average().orElseThrow()};
        }
        double[] values = new double[knots.length];
        for (int i = 0; i < knots.length; i++) {
            values[i] = value(knots[i]);
        }
        return new PiecewiseLinearScore(knots, values, left, right);
    }
}
