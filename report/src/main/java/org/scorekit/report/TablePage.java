package org.scorekit.report;

import java.util.List;

/** A page holding one table with its notes (a benchmark's results, a sweep's summary). */
public final class TablePage {
    private TablePage() {
    }

    /**
     * The HTML page.
     *
     * @param title      the page title
     * @param subtitle   lines under the title
     * @param tableTitle the table's caption
     * @param header     the column names
     * @param rows       the rows, as many cells as {@code header}
     * @param notes      lines under the table
     */
    public static String html(String title, List<String> subtitle, String tableTitle,
                              List<String> header, List<List<String>> rows, List<String> notes) {
        Table table = new Table(tableTitle, header, rows);
        return HtmlRenderer.render(new ReportDocument(title, subtitle,
                List.of(new Section("Results", List.of(table), notes, List.of()))));
    }
}
