package org.scorekit.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scorekit.checks.Checks;

/**
 * A CSV table of numbers, {@code rowCount × columns().size()}, rows are samples. A cell is a
 * finite decimal number ({@code -1.5}, {@code 2e-3}, as {@link Double#toString} writes them),
 * surrounding white space ignored; {@code NaN}, {@code Infinity}, hexadecimal or suffixed forms
 * ({@code 1f}) are rejected, and an empty cell is {@code NaN} or rejected as the caller says.
 * Errors name source, line, column and expectation:
 * {@code points.csv line 3 column 2: expected a number for x2, got 'abc'}.
 */
public final class NumericTable {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private final String source;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] rows;

    private NumericTable(String source, List<String> columns, double[][] rows) {
        this.source = source;
        this.columns = columns;
        for (int j = 0; j < columns.size(); j++) {
            index.put(columns.get(j), j);
        }
        this.rows = rows;
    }

    /** Reads a file under {@link CsvLimits#DEFAULT}; see {@link CsvSource#open}. */
    public static NumericTable read(Path file, EmptyCells empty) throws IOException {
        return read(file, CsvLimits.DEFAULT, empty);
    }

    /** Reads a file under the given limits; see {@link CsvSource#open}. */
    public static NumericTable read(Path file, CsvLimits limits, EmptyCells empty)
            throws IOException {
        return read(file, limits, empty, Header.REQUIRED);
    }

    /** Reads a file under the given limits and header mode; see {@link CsvSource#open}. */
    public static NumericTable read(Path file, CsvLimits limits, EmptyCells empty, Header header)
            throws IOException {
        try (CsvSource in = CsvSource.open(file, limits, header)) {
            return from(in, empty);
        }
    }

    /** Parses CSV text under {@link CsvLimits#DEFAULT}; {@code source} names it in errors. */
    public static NumericTable parse(String source, String text, EmptyCells empty) {
        return from(CsvSource.of(source, text, CsvLimits.DEFAULT), empty);
    }

    /** Reads the remaining records of a source. */
    public static NumericTable from(CsvSource in, EmptyCells empty) {
        List<double[]> values = new ArrayList<>();
        for (Optional<CsvRecord> r = in.next(); r.isPresent(); r = in.next()) {
            values.add(row(in, r.get(), empty));
        }
        return new NumericTable(in.source(), in.columns(), values.toArray(new double[0][]));
    }

    private static double[] row(CsvSource in, CsvRecord record, EmptyCells empty) {
        double[] row = new double[record.size()];
        for (int j = 0; j < row.length; j++) {
            row[j] = number(in, record, j, empty);
        }
        return row;
    }

    /** Whether a stripped cell is a decimal number as this table reads them (finite or not). */
    static boolean isNumber(String token) {
        return DECIMAL.matcher(token).matches() || NON_FINITE.matcher(token).matches();
    }

    private static double number(CsvSource in, CsvRecord record, int j, EmptyCells empty) {
        String token = record.cell(j).strip();
        if (token.isEmpty() && empty == EmptyCells.NAN) {
            return Double.NaN;
        }
        String what = " for " + in.columns().get(j) + ", got ";
        if (token.isEmpty()) {
            throw new CsvFormatException(in.source(), record.line(), j + 1,
                    "expected a number" + what + "an empty cell");
        }
        boolean decimal = DECIMAL.matcher(token).matches();
        if (!decimal && !NON_FINITE.matcher(token).matches()) {
            throw new CsvFormatException(in.source(), record.line(), j + 1,
                    "expected a number" + what + Checks.quoted(token));
        }
        double v = decimal ? Double.parseDouble(token) : Double.NaN;
        if (!Double.isFinite(v)) {
            throw new CsvFormatException(in.source(), record.line(), j + 1,
                    "expected a finite number" + what + Checks.quoted(token));
        }
        return v;
    }

    /** Where the table came from (file path or given name). */
    public String source() {
        return source;
    }

    /** The column names, in file order. */
    public List<String> columns() {
        return columns;
    }

    /** The number of data rows (the header is not counted). */
    public int rowCount() {
        return rows.length;
    }

    /** Whether the header names this column. */
    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    /** The 0-based index of a column, if the header names it. */
    public Optional<Integer> columnIndex(String name) {
        return Optional.ofNullable(index.get(name));
    }

    /** A copy of one column, length {@link #rowCount()}; {@code NaN} where the cell was empty. */
    public double[] column(String name) {
        int j = columnIndex(name).orElseThrow(() -> new IllegalArgumentException(
                source + " has no column '" + name + "'; columns are " + columns));
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][j];
        }
        return values;
    }

    /** A copy of all rows as a {@code rowCount × columns().size()} array. */
    public double[][] rows() {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
