package org.scorekit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scorekit.experiment.AtomicFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report of a run directory (docs/run-directory.md): {@code report.html}, one
 * self-contained page with the plots embedded, and {@code report.md} with its plots in
 * {@code plots/NAME.png}. It reads run.json and whichever of history.csv, score-vs-time.csv,
 * samples.csv, samples-exact.csv and reference.csv exist; an absent part reads "not recorded".
 * Every file is written under a temporary name and renamed; the HTML page comes last.
 *
 * <pre>{@code
 * ReportFiles files = new ReportWriter().write(Path.of("runs/demo/20261201T193000Z-3f2a9c"));
 * }</pre>
 */
public final class ReportWriter {
    /** The HTML report's file name. */
    public static final String HTML = "report.html";
    /** The Markdown report's file name. */
    public static final String MARKDOWN = "report.md";

    static {
        // before any AWT class loads: plots are drawn off-screen, also where no display exists
        Headless.ensure();
    }

    /** A writer; it holds no state, so one instance may write any number of reports. */
    public ReportWriter() {
    }

    /**
     * Reads {@code runDirectory} and writes the report files into it, replacing earlier ones.
     *
     * @return the paths written
     * @throws IllegalArgumentException if the directory or its run.json is missing or malformed
     * @throws org.scorekit.csv.CsvFormatException if a CSV file is malformed (the message names
     *     the file, line and column)
     * @throws IOException if reading or writing fails
     */
    public ReportFiles write(Path runDirectory) throws IOException {
        RunDirectory run = RunDirectory.open(runDirectory);
        return emit(runDirectory, ReportDocument.from(run));
    }

    /** Writes a document's plots, then report.md, then report.html into a directory. */
    static ReportFiles emit(Path runDirectory, ReportDocument document) throws IOException {
        Path plotFolder = Files.createDirectories(runDirectory.resolve(MarkdownRenderer.PLOTS));
        List<Path> plots = new ArrayList<>();
        for (Section section : document.sections()) {
            for (Figure figure : section.figures()) {
                Path file = plotFolder.resolve(figure.name() + ".png");
                AtomicFiles.write(file, figure.png());
                plots.add(file);
            }
        }
        Path markdown = runDirectory.resolve(MARKDOWN);
        AtomicFiles.write(markdown,
                MarkdownRenderer.render(document).getBytes(StandardCharsets.UTF_8));
        Path html = runDirectory.resolve(HTML);
        AtomicFiles.write(html, HtmlRenderer.render(document).getBytes(StandardCharsets.UTF_8));
        return new ReportFiles(html, markdown, plots);
    }
}
