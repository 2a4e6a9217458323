package org.scorekit.csv;

import java.util.List;

/**
 * One record of a CSV input: its cells as written (quotes removed, nothing trimmed) and the
 * 1-based line on which it starts (a quoted cell may continue on later lines).
 */
public record CsvRecord(long line, List<String> cells) {
    public CsvRecord {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based index. */
    public String cell(int index) {
        return cells.get(index);
    }

    /** The number of cells. */
    public int size() {
        return cells.size();
    }
}
