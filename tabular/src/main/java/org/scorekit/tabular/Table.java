package org.scorekit.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.scorekit.checks.Checks;
import org.scorekit.csv.CsvRecord;
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

    /** The name of a table built from columns rather than read from a file. */
    static final String UNNAMED = "the table";

    private final String source;
    private final Schema schema;
    private final List<Column> columns;
    private final int rows;
    /** The line each row starts on in its file; null for a table built from columns. */
    private final long[] lines;

    private Table(String source, Schema schema, List<Column> columns, int rows, long[] lines) {
        this.source = source;
        this.schema = schema;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.lines = lines;
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
        return new Table(UNNAMED, schema, columns, n, null);
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
        long[] lines = raw.records().stream().mapToLong(CsvRecord::line).toArray();
        return new Table(raw.source(), schema, columns, raw.size(), lines);
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

    /** The file the table was read from, as named in messages. */
    public String source() {
        return source;
    }

    public Schema schema() {
        return schema;
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /**
     * Where row i is, for messages: {@code file line L} for a table read from a file,
     * {@code the table row i+1} for one built from columns or with its columns permuted.
     */
    public String row(int i) {
        return source + (lines == null ? " row " + (i + 1) : " line " + lines[i]);
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
     * Fails unless {@code other} has this table's evaluation layout (names and types, in order).
     * The message names both tables' files and the first column that differs:
     * {@code the synthetic table syn.csv (column 'age'): expected a numerical column as in
     * real.csv, got none}; {@code otherName} says which table {@code other} is.
     */
    public void requireSameColumns(Table other, String otherName) {
        List<Column> mine = evaluationLayout();
        List<Column> theirs = other.evaluationLayout();
        String prefix = otherName + " " + other.source;
        for (int j = 0; j < Math.max(mine.size(), theirs.size()); j++) {
            Column expected = j < mine.size() ? mine.get(j) : null;
            Column got = j < theirs.size() ? theirs.get(j) : null;
            if (expected == null) {
                throw new IllegalArgumentException(prefix + " (column " + Checks.quoted(got.name())
                        + "): expected no such column as in " + source + ", got a "
                        + got.type().label() + " column");
            }
            String expectation = prefix + " (column " + Checks.quoted(expected.name())
                    + "): expected a " + expected.type().label() + " column as in " + source;
            Optional<Column> named = theirs.stream()
                    .filter(c -> c.name().equals(expected.name())).findFirst();
            Checks.require(named.isPresent(), expectation + ", got none");
            Checks.require(named.get().type() == expected.type(), expectation + ", got a "
                    + named.get().type().label() + " column");
            Checks.require(got == named.get(), expectation + " at position " + (j + 1)
                    + " of the evaluation layout, got " + Checks.quoted(got.name()) + " there");
        }
    }

    /**
     * Fails when a categorical column of {@code other} (same layout) holds a category that
     * this table's column lacks, which a one-hot encoding fitted on this table cannot encode:
     * {@code the synthetic table syn.csv line 7 (column 'plan'): category 'gold' is not in
     * real.csv; α-precision/β-recall cannot score it}. Line numbers are those of the rows as
     * read; a table built from columns names the row instead.
     */
    public void requireKnownCategories(Table other, String otherName, String metric) {
        requireSameColumns(other, otherName);
        for (Column mine : columns) {
            if (!mine.type().isCategorical()) {
                continue;
            }
            Set<String> known = new HashSet<>(mine.occurring());
            Column theirs = other.column(mine.name());
            int[] codes = theirs.codes();
            for (int i = 0; i < codes.length; i++) {
                String category = theirs.levels().get(codes[i]);
                Checks.require(known.contains(category), otherName + " " + other.row(i)
                        + " (column " + Checks.quoted(mine.name()) + "): category "
                        + Checks.quoted(category) + " is not in " + source + "; " + metric
                        + " cannot score it");
            }
        }
    }

    /** The rows at the given positions, in that order. */
    public Table select(int[] positions) {
        long[] selected = lines == null ? null
                : Arrays.stream(positions).mapToLong(i -> lines[i]).toArray();
        return new Table(source, schema, columns.stream().map(c -> c.select(positions)).toList(),
                positions.length, selected);
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
        return new Table(source, schema, out, rows, null);
    }

    /**
     * This table with its columns in the order of {@code reference}'s (the same names): a table
     * whose file lists the columns in another order is laid out as the reference, which the
     * metrics' column-by-column comparisons and MLE's first-numerical-column bounds rely on.
     */
    public Table inColumnOrderOf(Table reference) {
        Checks.sameSize("columns of " + source, reference.columns.size(), columns.size());
        return new Table(source, schema, reference.columns.stream().map(c -> column(c.name()))
                .toList(), rows, lines);
    }
}
