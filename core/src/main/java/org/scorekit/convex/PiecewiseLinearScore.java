package org.scorekit.convex;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;

/**
 * A continuous piecewise-linear univariate score (spec/convex-score.md §4): linear between the
 * knots τ_0 &lt; … &lt; τ_{K−1} through the given values, with the given slopes beyond them.
 * As a {@link ScoreModel} it has d = 1 and does not depend on t.
 *
 * @param knots      the knots, strictly increasing, at least one
 * @param values     s(τ_k)
 * @param leftSlope  the slope for x &lt; τ_0
 * @param rightSlope the slope for x &gt; τ_{K−1}
 */
public record PiecewiseLinearScore(double[] knots, double[] values, double leftSlope,
                                   double rightSlope) implements ScoreModel {
    public PiecewiseLinearScore {
        Checks.require(knots != null && knots.length > 0, "knots must hold at least 1 value");
        Checks.sameSize("values per knot", knots.length, values.length);
        knots = Checks.allFinite("knots", knots.clone());
        values = Checks.allFinite("values", values.clone());
        Checks.finite("leftSlope", leftSlope);
        Checks.finite("rightSlope", rightSlope);
        for (int k = 1; k < knots.length; k++) {
            if (!(knots[k] > knots[k - 1])) {
                throw new IllegalArgumentException("knots must be strictly increasing: knots["
                        + k + "] = " + knots[k] + " after " + knots[k - 1]);
            }
        }
    }

    @Override
    public double[] knots() {
        return knots.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The number of knots K. */
    public int size() {
        return knots.length;
    }

    /** The slope on piece p: p = 0 is left of τ_0, p = K right of τ_{K−1}, else (τ_{p−1}, τ_p). */
    public double slope(int piece) {
        if (piece == 0) {
            return leftSlope;
        }
        if (piece == knots.length) {
            return rightSlope;
        }
        return (values[piece] - values[piece - 1]) / (knots[piece] - knots[piece - 1]);
    }

    /** s(x). */
    public double value(double x) {
        int last = knots.length - 1;
        if (x <= knots[0]) {
            return values[0] + leftSlope * (x - knots[0]);
        }
        if (x >= knots[last]) {
            return values[last] + rightSlope * (x - knots[last]);
        }
        int at = Arrays.binarySearch(knots, x);
        if (at >= 0) {
            return values[at];
        }
        int k = -at - 2;
        double w = (x - knots[k]) / (knots[k + 1] - knots[k]);
        return values[k] + w * (values[k + 1] - values[k]);
    }

    /**
     * Whether exp(∫ s) is integrable (spec §4): both tail slopes ≤ 0, and where a tail slope is 0
     * the score points back inwards (s(τ_0) &gt; 0 on the left, s(τ_{K−1}) &lt; 0 on the right).
     */
    public boolean proper() {
        boolean leftDecays = leftSlope < 0 || (leftSlope == 0 && values[0] > 0);
        boolean rightDecays = rightSlope < 0 || (rightSlope == 0 && values[knots.length - 1] < 0);
        return leftDecays && rightDecays;
    }

    @Override
    public int dimension() {
        return 1;
    }

    /** s at each row of x (n × 1); t is ignored (length n). */
    @Override
    public Matrix score(Matrix x, double[] t) {
        x.requireCols("x", 1);
        Checks.sameSize("times per row", x.rows(), t.length);
        Matrix out = Matrix.zeros(x.rows(), 1);
        double[] in = x.data();
        double[] o = out.data();
        for (int i = 0; i < in.length; i++) {
            o[i] = value(in[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PiecewiseLinearScore p && Arrays.equals(knots, p.knots)
                && Arrays.equals(values, p.values) && Double.compare(leftSlope, p.leftSlope) == 0
                && Double.compare(rightSlope, p.rightSlope) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(knots) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PiecewiseLinearScore[knots=" + knots.length + ", leftSlope=" + leftSlope
                + ", rightSlope=" + rightSlope + "]";
    }
}
