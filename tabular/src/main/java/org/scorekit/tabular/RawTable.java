package org.scorekit.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scorekit.checks.Checks;
import org.scorekit.csv.CsvFormatException;
import org.scorekit.csv.CsvLimits;
import org.scorekit.csv.CsvRecord;
import org.scorekit.csv.CsvSource;

/**
 * The cells of a CSV file as read by {@link CsvSource}, before typing: the column names and the
 * data records, each with the line it starts on. Every record has the header's width, names are
 * distinct and non-blank, and there is at least one record; a violation is a
 * {@link CsvFormatException} naming file, line and column.
 *
 * @param source  the file name used in messages
 * @param header  the column names
 * @param records the data records
 */
public record RawTable(String source, List<String> header, List<CsvRecord> records) {
    /**
     * Heap bytes a cell takes besides its characters: the String and its array headers (40
     * bytes with compressed pointers) and the reference in its record.
     */
    public static final int CELL_BYTES = 48;

    public RawTable {
        header = List.copyOf(header);
        records = List.copyOf(records);
        if (header.isEmpty()) {
            throw new CsvFormatException(source, 1, 0, "expected a header row, got none");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < header.size(); j++) {
            if (header.get(j).isBlank() || !seen.add(header.get(j))) {
                throw new CsvFormatException(source, 1, j + 1, "expected distinct, non-blank "
                        + "column names, got " + Checks.quoted(header.get(j)));
            }
        }
        if (records.isEmpty()) {
            throw new CsvFormatException(source, 2, 0, "expected data rows after the header, "
                    + "got none");
        }
        for (CsvRecord r : records) {
            if (r.size() != header.size()) {
                throw new CsvFormatException(source, r.line(), 0, "expected " + header.size()
                        + " cells as in the header, got " + r.size());
            }
        }
    }

    /**
     * Reads a CSV file with a header row, within half the Java heap limit ({@link #read(Path,
     * CsvLimits, long)}), which leaves the other half for typing and splitting the table.
     */
    public static RawTable read(Path file, CsvLimits limits) throws IOException {
        return read(file, limits, Runtime.getRuntime().maxMemory() / 2);
    }

    /**
     * Reads a CSV file with a header row whose cells fit into {@code memoryBudget} bytes of heap,
     * counted while reading ({@value #CELL_BYTES} bytes per cell plus its characters); the record
     * that exceeds the budget fails with a one-line {@link CsvFormatException} naming the budget,
     * before the heap runs out.
     */
    public static RawTable read(Path file, CsvLimits limits, long memoryBudget) throws IOException {
        try (CsvSource csv = CsvSource.open(file, limits)) {
            List<CsvRecord> records = new ArrayList<>();
            long bytes = 0;
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                bytes += CELL_BYTES * (long) r.get().size();
                for (String cell : r.get().cells()) {
                    bytes += cell.length();
                }
                if (bytes > memoryBudget) {
                    throw new CsvFormatException(csv.source(), r.get().line(), 0, "expected a table "
                            + "that fits into " + memoryBudget + " bytes of memory, the rows up to "
                            + "here need more; raise the Java heap limit, e.g. "
                            + "SCOREKIT_JAVA_OPTS=-Xmx16g");
                }
                records.add(r.get());
            }
            return new RawTable(csv.source(), csv.columns(), records);
        }
    }

    /** Rows given as strings, on lines 2, 3, … as if the header were line 1. */
    public static RawTable of(String source, List<String> header, List<String[]> rows) {
        List<CsvRecord> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            records.add(new CsvRecord(i + 2, List.of(rows.get(i))));
        }
        return new RawTable(source, header, records);
    }

    /** The number of data rows. */
    public int size() {
        return records.size();
    }

    /** The cell of row i, column j. */
    public String cell(int i, int j) {
        return records.get(i).cell(j);
    }

    /**
     * A bad-cell error: {@code file line L column J: column 'C': expected …, got 'v'}, the name
     * and the cell cut short and escaped ({@link Checks#quoted}).
     */
    public CsvFormatException badCell(int i, int j, String expectation) {
        return new CsvFormatException(source, records.get(i).line(), j + 1, "column "
                + Checks.quoted(header.get(j)) + ": expected " + expectation + ", got "
                + Checks.quoted(cell(i, j)));
    }
}
