package org.scorekit.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a {@link ReportWriter} wrote into a run directory: the self-contained HTML page,
 * the Markdown report and the PNG plots that the Markdown report references.
 */
public record ReportFiles(Path html, Path markdown, List<Path> plots) {
    /** Copies the plot list. */
    public ReportFiles {
        plots = List.copyOf(plots);
    }
}
