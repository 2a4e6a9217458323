package org.scorekit.convex;

import java.util.Arrays;

/**
 * A solution of a {@link UnivariateProgram} (spec/convex-score.md §2.3): the coefficients of the
 * dictionary columns over the sorted data, the output bias c, the skip weight v (0 without skip),
 * the dual point and the certificate.
 *
 * <p>Column order: for ReLU, column k &lt; n is A⁺ (x − x_(k))_+ and column n + k is A⁻
 * (x_(k) − x)_+; for the absolute value, column k is |x − x_(k)|; x_(k) = kinks[k].
 *
 * @param program      the solved program
 * @param kinks        the sorted data x_(0) &lt; … &lt; x_(n−1)
 * @param coefficients the column coefficients z
 * @param bias         the output bias c
 * @param skip         the skip weight v
 * @param dual         the dual point λ in the program's data order: the predicted scores at the data
 * @param certificate  objective, gap and dual feasibility
 */
public record UnivariateSolution(UnivariateProgram program, double[] kinks, double[] coefficients,
                                 double bias, double skip, double[] dual,
                                 Certificate certificate) {
    public UnivariateSolution {
        kinks = kinks.clone();
        coefficients = coefficients.clone();
        dual = dual.clone();
    }

    @Override
    public double[] kinks() {
        return kinks.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public double[] dual() {
        return dual.clone();
    }

    /** The convex optimum (the certificate's primal objective). */
    public double objective() {
        return certificate.primal();
    }

    /** The number of non-zero coefficients, the smallest width that attains the optimum (§2.5). */
    public int nonZeros() {
        int count = 0;
        for (double z : coefficients) {
            count += z != 0 ? 1 : 0;
        }
        return count;
    }

    /** The kink index of column j. */
    int kinkIndex(int j) {
        return j < kinks.length ? j : j - kinks.length;
    }

    /** Whether column j is an A⁺ column or an absolute-value column (active right of its kink). */
    boolean rightSided(int j) {
        return j < kinks.length;
    }

    /** φ_j(x): the column's function at x. */
    double basis(int j, double x) {
        double d = x - kinks[kinkIndex(j)];
        if (program.activation() == Activation.ABSOLUTE_VALUE) {
            return Math.abs(d);
        }
        return rightSided(j) ? Math.max(d, 0.0) : Math.max(-d, 0.0);
    }

    /** s*(x) = Σ_j z_j φ_j(x) + c + v x (spec §4). */
    public double value(double x) {
        double s = bias + skip * x;
        for (int j = 0; j < coefficients.length; j++) {
            if (coefficients[j] != 0) {
                s += coefficients[j] * basis(j, x);
            }
        }
        return s;
    }

    /** The closed-form piecewise-linear score s* of spec §4, with a knot at every active kink. */
    public PiecewiseLinearScore score() {
        double left = skip;
        double right = skip;
        boolean abs = program.activation() == Activation.ABSOLUTE_VALUE;
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
