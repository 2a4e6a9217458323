package org.scorekit.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numeric CSV table as written into a run directory (docs/run-directory.md): one header line
 * of column names, then one row of numbers per line. An empty cell reads as {@code NaN} (a
 * quantity not evaluated at that row); blank lines are skipped. Quoting is not supported,
 * because every cell of these files is a number.
 */
public final class CsvTable {
    private final String source;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final double[][] rows;

    private CsvTable(String source, List<String> columns, double[][] rows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.index = new LinkedHashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            index.put(columns.get(j), j);
        }
        this.rows = rows;
    }

    /**
     * Reads a UTF-8 CSV file.
     *
     * @throws IllegalArgumentException naming the file and line for a missing header, a
     *     duplicate column, a row with the wrong number of cells or a cell that is not a number
     */
    public static CsvTable read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses CSV text; {@code source} names it in error messages (e.g. its file path). */
    public static CsvTable parse(String source, String text) {
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            return parse(source, reader);
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    private static CsvTable parse(String source, BufferedReader reader) throws IOException {
        String header = reader.readLine();
        int lineNumber = 1;
        while (header != null && header.isBlank()) {
            header = reader.readLine();
            lineNumber++;
        }
        if (header == null) {
            throw new IllegalArgumentException(source + ": empty file, expected a header line");
        }
        List<String> columns = header(source, lineNumber, header);
        List<double[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                rows.add(row(source, lineNumber, line, columns));
            }
        }
        return new CsvTable(source, columns, rows.toArray(new double[0][]));
    }

    private static List<String> header(String source, int lineNumber, String line) {
        List<String> names = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String name = cell.strip();
            if (name.isEmpty() || names.contains(name)) {
                throw new IllegalArgumentException(source + ", line " + lineNumber + ": header has "
                        + (name.isEmpty() ? "an empty" : "a duplicate") + " column name: '"
                        + name + "' in '" + line + "'");
            }
            names.add(name);
        }
        return names;
    }

    private static double[] row(String source, int lineNumber, String line, List<String> columns) {
        String[] cells = line.split(",", -1);
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(source + ", line " + lineNumber + ": expected "
                    + columns.size() + " cells (" + String.join(",", columns) + "), found "
                    + cells.length + ": '" + line + "'");
        }
        double[] values = new double[cells.length];
        for (int j = 0; j < cells.length; j++) {
            String cell = cells[j].strip();
            try {
                values[j] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ", line " + lineNumber + ": column "
                        + columns.get(j) + " must be a number or empty: '" + cell + "'", e);
            }
        }
        return values;
    }

    /** Where the table came from, as given to {@link #read} or {@link #parse}. */
    public String source() {
        return source;
    }

    /** The column names, in file order. */
    public List<String> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The number of data rows (the header is not counted). */
    public int rowCount() {
        return rows.length;
    }

    /** Whether the header names this column. */
    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    /** A copy of one column, length {@link #rowCount()}; {@code NaN} where the cell was empty. */
    public double[] column(String name) {
        Integer j = index.get(name);
        if (j == null) {
            throw new IllegalArgumentException(
                    source + " has no column '" + name + "'; columns are " + columns);
        }
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][j];
        }
        return values;
    }

    /** A copy of all rows as a {@code rowCount × columns().size()} array; rows are samples. */
    public double[][] rows() {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
