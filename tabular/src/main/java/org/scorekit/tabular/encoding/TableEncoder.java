package org.scorekit.tabular.encoding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Schema;
import org.scorekit.tabular.Table;

/**
 * A table's encoder, fitted on the train table only: the columns in table order, each a block of
 * coordinates ({@link ColumnEncoding}), so that a table of n rows encodes to an n × {@link
 * #width()} matrix (rows = samples) and such a matrix decodes to a table with the train table's
 * columns, types, levels and value grids (docs/encoding.md). On Credit Default (14 numerical
 * columns, 10 categorical with 79 levels) the width is 93.
 *
 * @param spec    the resolved choices it was fitted with
 * @param columns the column encodings, in table order, names distinct
 */
public record TableEncoder(EncodingSpec spec, List<ColumnEncoding> columns) {
    public TableEncoder {
        Objects.requireNonNull(spec, "spec");
        columns = List.copyOf(columns);
        Checks.require(!columns.isEmpty(), "columns must not be empty");
        Set<String> names = new HashSet<>();
        for (ColumnEncoding c : columns) {
            Checks.require(names.add(c.name()), "columns must have distinct names: "
                    + Checks.quoted(c.name()) + " twice");
        }
    }

    /** Fitted on {@code train} (at least one row) under {@code spec}. */
    public static TableEncoder fit(Table train, EncodingSpec spec) {
        Checks.positive("rows of the train table", train.rows());
        return new TableEncoder(spec, train.columns().stream()
                .map(c -> ColumnEncoding.fit(c, spec)).toList());
    }

    /** The number of coordinates of an encoded row. */
    public int width() {
        return columns.stream().mapToInt(ColumnEncoding::width).sum();
    }

    /** A name per coordinate, in order: a column's name, or {@code column=level}. */
    public List<String> coordinates() {
        return columns.stream().flatMap(c -> c.coordinates().stream()).collect(Collectors.toList());
    }

    /**
     * The encoded rows of {@code table} (n × width), which must have the train table's columns
     * and types, in any order, and only categories and missing cells the train table had.
     */
    public Matrix encode(Table table) {
        Checks.require(table.columns().size() == columns.size(), table.source() + ": expected the "
                + columns.size() + " columns the encoder was fitted on, got "
                + table.columns().size());
        for (ColumnEncoding c : columns) {
            ColumnType type = table.column(c.name()).type();
            Checks.require(type == c.columnType(), table.source() + " (column "
                    + Checks.quoted(c.name()) + "): expected a " + c.columnType().label()
                    + " column, got a " + type.label() + " one");
        }
        int stride = width();
        double[] out = new double[Math.multiplyExact(table.rows(), stride)];
        int offset = 0;
        for (ColumnEncoding c : columns) {
            c.encode(table, out, stride, offset);
            offset += c.width();
        }
        return Matrix.wrap(table.rows(), stride, out);
    }

    /**
     * The table that encoded rows (n × width, finite) stand for: categorical columns by argmax,
     * numerical ones unscaled, on their grid and within the train range, missing where their
     * indicator is on. A non-finite entry is named by its row (from 1) and coordinate.
     */
    public Table decode(Matrix encoded) {
        int stride = width();
        Checks.sameSize("columns of the encoded matrix", stride, encoded.cols());
        double[] data = encoded.data();
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException("encoded row " + (i / stride + 1) + " coordinate "
                        + Checks.quoted(coordinates().get(i % stride)) + " must be finite: "
                        + data[i]);
            }
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        List<Column> decoded = new ArrayList<>();
        int offset = 0;
        for (ColumnEncoding c : columns) {
            types.put(c.name(), c.columnType());
            decoded.add(c.decode(data, encoded.rows(), stride, offset));
            offset += c.width();
        }
        return Table.of(new Schema(types, List.of()), decoded);
    }
}
