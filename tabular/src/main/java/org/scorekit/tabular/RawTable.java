package org.scorekit.tabular;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scorekit.checks.Checks;

/**
 * The cells of a CSV file as read, before typing: a header and rows of strings, each row with
 * its line number in the file for error messages. Rows are checked to have the header's width;
 * column names must be distinct and non-blank.
 *
 * @param source the file name used in messages
 * @param header the column names
 * @param rows   the data rows, each of header.size() cells
 * @param lines  the 1-based line number of each row in the file
 */
public record RawTable(String source, List<String> header, List<String[]> rows, int[] lines) {
    public RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        Checks.sameSize("line numbers of " + source, rows.size(), lines.length);
        if (header.isEmpty()) {
            throw new IllegalArgumentException(source + ": line 1: expected a header row, got none");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < header.size(); j++) {
            String name = header.get(j);
            if (name.isBlank()) {
                throw new IllegalArgumentException(source + ": line 1, column " + (j + 1)
                        + ": expected a column name, got a blank one");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(source + ": line 1, column " + (j + 1)
                        + ": expected distinct column names, got '" + name + "' twice");
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": line 2: expected data rows after the "
                    + "header, got none");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).length != header.size()) {
                throw new IllegalArgumentException(source + ": line " + lines[i] + ": expected "
                        + header.size() + " fields as in the header, got " + rows.get(i).length);
            }
        }
    }

    /** Rows read from strings, line numbers 2, 3, … as if the header were line 1. */
    public static RawTable of(String source, List<String> header, List<String[]> rows) {
        int[] lines = new int[rows.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 2;
        }
        return new RawTable(source, header, rows, lines);
    }

    /** The number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The index of the named column. */
    public int column(String name) {
        int j = header.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException(source + ": expected a column named '" + name
                    + "', got columns " + header);
        }
        return j;
    }

    /** The cell of row i, column j. */
    public String cell(int i, int j) {
        return rows.get(i)[j];
    }

    /** A bad-cell message: {@code file: line L, column 'C': expected …, got 'v'}. */
    public IllegalArgumentException badCell(int i, int j, String expectation) {
        return new IllegalArgumentException(source + ": line " + lines[i] + ", column '"
                + header.get(j) + "': expected " + expectation + ", got '" + cell(i, j) + "'");
    }
}
