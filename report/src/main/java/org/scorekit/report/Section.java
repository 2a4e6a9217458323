package org.scorekit.report;

import java.util.List;

/**
 * One section of a report, rendered in a fixed order: its tables, then its notes (for example
 * "not recorded" for a missing file), then its figures side by side in one row.
 */
record Section(String heading, List<Table> tables, List<String> notes, List<Figure> figures) {
    Section {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        figures = List.copyOf(figures);
    }
}
