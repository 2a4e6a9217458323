package org.scorekit.report;

import java.util.List;

/** A table of plain-text cells; every row has as many cells as {@code header}. */
record Table(String caption, List<String> header, List<List<String>> rows) {
    Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of table '" + caption + "' has "
                        + row.size() + " cells, the header has " + header.size());
            }
        }
    }
}
