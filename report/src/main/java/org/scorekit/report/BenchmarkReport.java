package org.scorekit.report;

import java.util.List;

/**
 * The page of {@code scorekit benchmark tabular} (docs/benchmark.md): one table of results,
 * mean ± standard deviation over seeds beside the reference rows, with its notes.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    /**
     * The HTML page.
     *
     * @param title    the page title
     * @param subtitle lines under the title (data, settings)
     * @param header   the column names
     * @param rows     the rows, as many cells as {@code header}
     * @param notes    lines under the table (sources, readings)
     */
    public static String html(String title, List<String> subtitle, List<String> header,
                              List<List<String>> rows, List<String> notes) {
        return TablePage.html(title, subtitle, "Results (mean ± standard deviation over seeds)",
                header, rows, notes);
    }
}
