package org.scorekit.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.scorekit.checks.Checks;
import org.scorekit.random.Rng;

/**
 * A typed table: the non-ignored columns of a CSV file in file order, rows = records. Numerical
 * cells that are missing are NaN, and the {@link #NUMERICAL_MISSING_POLICY} says how each
 * metric treats them; in categorical columns a missing cell is the category
 * {@link Cells#MISSING}.
 */
public final class Table {
    /** The stated policy for missing numerical cells, written into every output. */
    public static final String NUMERICAL_MISSING_POLICY = "numerical missing cells are NaN; "
            + "column and pair metrics drop them (as SDMetrics does), distance metrics replace "
            + "them by the real table's column mean, detection classifiers by the training "
            + "fold's column mean";

    private final Schema schema;
    private final List<Column> columns;
    private final int rows;

    private Table(Schema schema, List<Column> columns, int rows) {
        this.schema = schema;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    /** A table of the given columns (all of one length) under their schema. */
    public static Table of(Schema schema, List<Column> columns) {
        Checks.require(!columns.isEmpty(), "a table must have at least one column");
        int n = columns.get(0).size();
        for (Column c : columns) {
            Checks.sameSize("rows of column " + c.name(), n, c.size());
            Checks.require(schema.type(c.name()) == c.type(), "column " + c.name()
                    + " must have its schema type " + schema.type(c.name()).label());
        }
        return new Table(schema, columns, n);
    }

    /**
     * The typed table of {@code raw} under {@code schema}. A numerical column's non-missing
     * cells must be numbers; the first one that is not names its file, line and column.
     */
    public static Table from(RawTable raw, Schema schema) {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < raw.header().size(); j++) {
            String name = raw.header().get(j);
            ColumnType type = schema.type(name);
            if (type == ColumnType.NUMERICAL) {
                columns.add(Column.numerical(name, numbers(raw, j)));
            } else if (type.isCategorical()) {
                columns.add(categories(raw, j, name, type));
            }
        }
        Checks.require(!columns.isEmpty(), raw.source() + ": expected at least one column that is "
                + "not ignored, got none");
        return new Table(schema, columns, raw.size());
    }

    private static double[] numbers(RawTable raw, int j) {
        double[] out = new double[raw.size()];
        for (int i = 0; i < out.length; i++) {
            String cell = raw.cell(i, j);
            out[i] = Cells.isMissing(cell) ? Double.NaN : Cells.number(cell);
            if (Double.isNaN(out[i]) && !Cells.isMissing(cell) || Double.isInfinite(out[i])) {
                throw raw.badCell(i, j, "a number (the column is numerical)");
            }
        }
        return out;
    }

    private static Column categories(RawTable raw, int j, String name, ColumnType type) {
        String[] canonical = new String[raw.size()];
        TreeMap<String, Integer> levels = new TreeMap<>();
        for (int i = 0; i < canonical.length; i++) {
            canonical[i] = Cells.category(raw.cell(i, j));
            levels.put(canonical[i], 0);
        }
        List<String> sorted = new ArrayList<>(levels.keySet());
        for (int k = 0; k < sorted.size(); k++) {
            levels.put(sorted.get(k), k);
        }
        int[] codes = new int[canonical.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = levels.get(canonical[i]);
        }
        return Column.categorical(name, type, codes, sorted);
    }

    public Schema schema() {
        return schema;
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The non-ignored columns in file order. */
    public List<Column> columns() {
        return columns;
    }

    /** The named column. */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("column must be in the table: " + name));
    }

    /**
     * The evaluation layout of spec §1.2: numerical columns in file order, then categorical
     * features in file order, then the target.
     */
    public List<Column> evaluationLayout() {
        List<Column> out = new ArrayList<>();
        for (ColumnType type : new ColumnType[] {ColumnType.NUMERICAL, ColumnType.CATEGORICAL,
            ColumnType.TARGET}) {
            columns.stream().filter(c -> c.type() == type).forEach(out::add);
        }
        return out;
    }

    /**
     * Fails unless {@code other} has this table's evaluation layout (names and types, in order),
     * naming the first difference; {@code otherName} says which table {@code other} is.
     */
    public void requireSameColumns(Table other, String otherName) {
        List<Column> mine = evaluationLayout();
        List<Column> theirs = other.evaluationLayout();
        for (int j = 0; j < Math.max(mine.size(), theirs.size()); j++) {
            String expected = j < mine.size() ? describe(mine.get(j)) : "no column";
            String got = j < theirs.size() ? describe(theirs.get(j)) : "no column";
            Checks.require(expected.equals(got), otherName + " must have the real table's columns: "
                    + "expected " + expected + " at position " + (j + 1) + ", got " + got);
        }
    }

    private static String describe(Column c) {
        return "'" + c.name() + "' (" + c.type().label() + ")";
    }

    /** The rows at the given positions, in that order. */
    public Table select(int[] positions) {
        return new Table(schema, columns.stream().map(c -> c.select(positions)).toList(),
                positions.length);
    }

    /**
     * The independent-marginals baseline (spec §6.1): every column permuted on its own, by
     * {@code rng.fork("column-" + j)} for the j-th column. Each marginal is kept exactly; the
     * dependence between columns is destroyed.
     */
    public Table withColumnsPermuted(Rng rng) {
        List<Column> out = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            out.add(columns.get(j).select(rng.fork("column-" + j).permutation(rows)));
        }
        return new Table(schema, out, rows);
    }
}
