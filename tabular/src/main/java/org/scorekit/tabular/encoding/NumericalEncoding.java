package org.scorekit.tabular.encoding;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scorekit.checks.Checks;
import org.scorekit.tabular.Cells;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * A numerical column as its scaled value and, when the train column has missing cells, a
 * missing-value indicator after it. A missing cell encodes as value 0 (the centre of every
 * scaling: the median under quantile-normal, the mean under standardisation, the mid-range under
 * min-max) with the indicator on; a present one as its scaled value with the indicator off.
 * Decoding reads the indicator first (on: missing), else unscales and puts the value on the
 * {@link Grid}.
 *
 * @param name      the column's name
 * @param scaler    the fitted scaling
 * @param grid      the values decoding may produce
 * @param missing   whether the train column had missing cells, hence an indicator coordinate
 * @param indicator the indicator's off and on values
 */
public record NumericalEncoding(String name, Scaler scaler, Grid grid, boolean missing,
                                OneHotLevels indicator) implements ColumnEncoding {
    public NumericalEncoding {
        Checks.require(name != null && !name.isBlank(), "name must not be blank");
        Objects.requireNonNull(scaler, "scaler");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(indicator, "indicator");
    }

    /** Fitted on a train column, which must have a present value. */
    static NumericalEncoding fit(Column column, EncodingSpec spec) {
        double[] sorted = Arrays.stream(column.numbers()).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        Checks.require(sorted.length > 0, "numerical column " + Checks.quoted(column.name())
                + " must have a value in the train table, got only missing cells (mark it ignored)");
        Scaler scaler = spec.scaling().fit(sorted, column.size(), spec);
        Grid grid = spec.resolution() ? Grid.observed(sorted, spec.valueSetLimit())
                : Grid.range(sorted);
        return new NumericalEncoding(column.name(), scaler, grid, sorted.length < column.size(),
                spec.oneHot());
    }

    @Override
    public ColumnType columnType() {
        return ColumnType.NUMERICAL;
    }

    @Override
    public int width() {
        return missing ? 2 : 1;
    }

    @Override
    public List<String> coordinates() {
        return missing ? List.of(name, name + "=" + Cells.MISSING) : List.of(name);
    }

    @Override
    public void encode(Table table, double[] out, int stride, int offset) {
        double[] values = table.column(name).numbers();
        scaler.encodeInPlace(values);
        for (int i = 0; i < values.length; i++) {
            boolean absent = Double.isNaN(values[i]);
            if (absent && !missing) {
                throw new IllegalArgumentException(table.row(i) + " (column " + Checks.quoted(name)
                        + "): expected a number, got a missing cell, which the train table's "
                        + "column did not have");
            }
            out[i * stride + offset] = absent ? 0 : values[i];
            if (missing) {
                out[i * stride + offset + 1] = absent ? indicator.on() : indicator.off();
            }
        }
    }

    @Override
    public Column decode(double[] encoded, int rows, int stride, int offset) {
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = encoded[i * stride + offset];
        }
        scaler.decodeInPlace(values);
        for (int i = 0; i < rows; i++) {
            values[i] = missing && indicator.isOn(encoded[i * stride + offset + 1]) ? Double.NaN
                    : grid.snap(values[i]);
        }
        return Column.numerical(name, values);
    }
}
