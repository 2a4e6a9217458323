package org.scorekit.tabular.encoding;

import java.util.Arrays;
import org.scorekit.checks.Checks;

/**
 * The distinct values of a train column that holds few and repeats them (codes, ratings, doses):
 * decoding picks the nearest one, because a value between two observed levels has no meaning.
 *
 * @param values the distinct values, increasing, at least one
 */
public record ValueGrid(double[] values) implements Grid {
    public ValueGrid {
        Checks.require(values.length > 0, "values must not be empty");
        Checks.allFinite("values", values);
        for (int k = 1; k < values.length; k++) {
            Checks.require(values[k] > values[k - 1], "values must be increasing: " + values[k]
                    + " after " + values[k - 1]);
        }
        values = values.clone();
    }

    /** The distinct values (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double snap(double x) {
        int k = Arrays.binarySearch(values, x);
        if (k >= 0) {
            return values[k];
        }
        int above = -k - 1;
        if (above == 0) {
            return values[0];
        }
        if (above == values.length) {
            return values[values.length - 1];
        }
        return x - values[above - 1] <= values[above] - x ? values[above - 1] : values[above];
    }
}
