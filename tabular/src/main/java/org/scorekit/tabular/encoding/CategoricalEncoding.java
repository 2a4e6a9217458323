package org.scorekit.tabular.encoding;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.scorekit.checks.Checks;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * A categorical column (feature or target) as one indicator per level that occurs in the train
 * column, in String order; a missing cell is the level {@link org.scorekit.tabular.Cells#MISSING}
 * like any other. Decoding takes the level of the largest coordinate (the first on a tie).
 *
 * @param name   the column's name
 * @param target whether the column is the target
 * @param levels the levels, distinct and sorted, at least one
 * @param oneHot the indicators' off and on values
 */
public record CategoricalEncoding(String name, boolean target, List<String> levels,
                                  OneHotLevels oneHot) implements ColumnEncoding {
    public CategoricalEncoding {
        Checks.require(name != null && !name.isBlank(), "name must not be blank");
        levels = List.copyOf(levels);
        Checks.require(!levels.isEmpty(), "levels of " + Checks.quoted(name) + " must not be empty");
        Checks.require(levels.stream().sorted().distinct().toList().equals(levels), "levels of "
                + Checks.quoted(name) + " must be distinct and sorted: " + levels);
        Objects.requireNonNull(oneHot, "oneHot");
    }

    /** Fitted on a train column: the levels that occur in it. */
    static CategoricalEncoding fit(Column column, EncodingSpec spec) {
        return new CategoricalEncoding(column.name(), column.type() == ColumnType.TARGET,
                column.occurring(), spec.oneHot());
    }

    @Override
    public ColumnType columnType() {
        return target ? ColumnType.TARGET : ColumnType.CATEGORICAL;
    }

    @Override
    public int width() {
        return levels.size();
    }

    @Override
    public List<String> coordinates() {
        return levels.stream().map(level -> name + "=" + level).collect(Collectors.toList());
    }

    @Override
    public void encode(Table table, double[] out, int stride, int offset) {
        Column column = table.column(name);
        int[] fitted = column.levels().stream()
                .mapToInt(level -> Collections.binarySearch(levels, level)).toArray();
        int[] codes = column.codes();
        for (int i = 0; i < codes.length; i++) {
            int k = fitted[codes[i]];
            if (k < 0) {
                throw new IllegalArgumentException(table.row(i) + " (column " + Checks.quoted(name)
                        + "): category " + Checks.quoted(column.category(i)) + " is not in the "
                        + "train table, which the encoder was fitted on");
            }
            for (int c = 0; c < levels.size(); c++) {
                out[i * stride + offset + c] = c == k ? oneHot.on() : oneHot.off();
            }
        }
    }

    @Override
    public Column decode(double[] encoded, int rows, int stride, int offset) {
        int[] codes = new int[rows];
        for (int i = 0; i < rows; i++) {
            int start = i * stride + offset;
            int best = 0;
            for (int c = 1; c < levels.size(); c++) {
                if (encoded[start + c] > encoded[start + best]) {
                    best = c;
                }
            }
            codes[i] = best;
        }
        return Column.categorical(name, columnType(), codes, levels);
    }
}
