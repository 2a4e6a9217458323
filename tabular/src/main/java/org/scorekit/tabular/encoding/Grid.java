package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;

/**
 * The values a numerical column can decode to: a point of the grid observed in the train column,
 * always within its train range [min, max] (docs/encoding.md, "Resolution").
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ValueGrid.class, name = "values"),
    @JsonSubTypes.Type(value = DecimalGrid.class, name = "decimal"),
    @JsonSubTypes.Type(value = Range.class, name = "range")})
public sealed interface Grid permits ValueGrid, DecimalGrid, Range {
    /** The grid point nearest to x (the lower one on a tie), within the train range. */
    double snap(double x);

    /**
     * The grid observed in a column's present train values (ascending, at least one):
     * <ol>
     * <li>its set of distinct values ({@link ValueGrid}) when there are at most
     * {@code valueSetLimit} of them and at most half as many as values, i.e. the values repeat;</li>
     * <li>else the coarsest decimal grid through them ({@link DecimalGrid#of}), when their decimal
     * forms have at most {@value DecimalGrid#MAX_DECIMALS} decimals;</li>
     * <li>else only the range ({@link Range}).</li>
     * </ol>
     */
    static Grid observed(double[] sorted, int valueSetLimit) {
        double[] distinct = distinct(sorted);
        if (distinct.length <= valueSetLimit && 2 * distinct.length <= sorted.length) {
            return new ValueGrid(distinct);
        }
        return DecimalGrid.of(distinct).map(Grid.class::cast).orElseGet(() -> range(sorted));
    }

    /** The distinct values of an ascending array. */
    private static double[] distinct(double[] sorted) {
        double[] out = new double[sorted.length];
        int d = 0;
        for (double v : sorted) {
            if (d == 0 || v != out[d - 1]) {
                out[d++] = v;
            }
        }
        return Arrays.copyOf(out, d);
    }

    /** The train range of a column's present values (ascending, at least one), without a grid. */
    static Grid range(double[] sorted) {
        return new Range(sorted[0], sorted[sorted.length - 1]);
    }
}
