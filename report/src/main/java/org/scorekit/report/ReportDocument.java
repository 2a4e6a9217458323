package org.scorekit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorekit.csv.NumericTable;

/**
 * The content of a report, independent of its output format: a title, lines under the title
 * and the sections in reading order. Strings are plain text; each renderer escapes them.
 */
record ReportDocument(String title, List<String> subtitle, List<Section> sections) {
    ReportDocument {
        subtitle = List.copyOf(subtitle);
        sections = List.copyOf(sections);
    }

    /**
     * The report of a run directory: provenance, training (summary and loss curve), score
     * metrics (table and e(t) curve) and sample metrics (tables per sampler and sample plots).
     * Each absent part of the run is stated as {@value Cells#NOT_RECORDED}.
     */
    static ReportDocument from(RunDirectory run) throws IOException {
        JsonNode json = run.run();
        JsonNode results = run.results();
        boolean table = results.path("data").has("table");
        // The convex ladder has no GD steps, hence no history.csv to plot.
        boolean convex = results.path("training").path("estimator").asText().equals("convex");
        List<String> subtitle = List.of(
                "data: " + Cells.value(results.path("data"), table ? "table" : "distribution")
                        + ", dimension " + Cells.value(results.path("data"), "dimension"));
        List<Section> sections = new ArrayList<>(List.of(
                section("Provenance", ResultTables.provenance(json).stream().toList(),
                        "provenance", new Figures(List.of(), List.of())),
                section("Training", java.util.stream.Stream.concat(
                        ResultTables.training(results).stream(),
                        ResultTables.stopping(results).stream()).toList(),
                        "training summary", convex ? new Figures(List.of(), List.of())
                                : figures(run, "history.csv", h -> Plots.trainingLoss(h,
                                        Cells.numeric(results.path("training"), "size")))),
                section("Sample metrics", ResultTables.sampleMetrics(results),
                        "sample metrics", sampleFigures(run, table).withNote(table ? TABLE_NOTE
                                : UNBIASED_NOTE))));
        // A table has no oracle: there is no score error to show.
        if (!table) {
            sections.add(2, section("Score metrics",
                    ResultTables.scoreMetrics(results).stream().toList(), "score metrics",
                    figures(run, "score-vs-time.csv", Plots::scoreError)));
        }
        // The coupling diagnostics are optional in a run (metrics.coupling): shown when recorded.
        Optional<NumericTable> history = run.table("history.csv");
        if (history.isPresent() && history.get().hasColumn("coupling_train")) {
            sections.add(2, section("Coupling to the kernel predictor", List.of(), null,
                    figures(run, "history.csv", Plots::coupling)));
        }
        String title = "scorekit report: " + Cells.value(json, "name")
                + " (spec " + Cells.value(json, "specHash") + ")";
        return new ReportDocument(title, subtitle, sections);
    }

    /** A section; {@code what} names its tables, null for a section of figures only. */
    private static final String UNBIASED_NOTE = "MMD and energy distance are unbiased estimates"
            + " (pair means without the diagonal): at the exact-score floor, where the two sample"
            + " sets come from nearly the same law, they scatter around 0 and can be slightly negative.";

    private static final String TABLE_NOTE = "A table has no exact oracle: the samples of the"
            + " learned score, of the Gaussian fit (the exact score of the Gaussian with the"
            + " training rows' moments) and of the untrained network are compared with the"
            + " held-out rows in the encoded space; synthetic.csv holds the learned samples"
            + " decoded. MMD and energy distance are unbiased estimates and can be slightly negative.";

    private static Section section(String heading, List<Table> tables, String what,
            Figures figures) {
        List<String> notes = new ArrayList<>();
        if (tables.isEmpty() && what != null) {
            notes.add(capitalized(what) + ": " + Cells.NOT_RECORDED + " in run.json.");
        }
        notes.addAll(figures.notes());
        return new Section(heading, tables, notes, figures.figures());
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Figures figures(RunDirectory run, String file, Plot plot) throws IOException {
        Optional<NumericTable> table = run.table(file);
        if (table.isEmpty()) {
            return Figures.missing("Plot: " + Cells.NOT_RECORDED + " (no " + file + ").");
        }
        Optional<Figure> figure = plot.draw(table.get());
        return figure.isPresent() ? new Figures(List.of(figure.get()), List.of())
                : Figures.missing("Plot: " + Cells.NOT_RECORDED + " (" + file
                        + " has no plottable values).");
    }

    private static Figures sampleFigures(RunDirectory run, boolean table) throws IOException {
        Optional<NumericTable> learned = run.table("samples.csv");
        Optional<NumericTable> exact = table ? Optional.empty() : run.table("samples-exact.csv");
        Optional<NumericTable> reference = run.table("reference.csv");
        List<String> notes = new ArrayList<>();
        noteIfMissing(notes, learned, "Learned-score samples", "samples.csv");
        if (!table) {
            noteIfMissing(notes, exact, "Exact-score samples", "samples-exact.csv");
        }
        noteIfMissing(notes, reference, "Reference draws", "reference.csv");
        List<Figure> figures = SamplePlots.of(learned, exact, reference);
        if (figures.isEmpty() && (learned.isPresent() || exact.isPresent())) {
            notes.add("Sample plots: " + Cells.NOT_RECORDED + " (the sample files hold no"
                    + " plottable rows).");
        }
        return new Figures(figures, notes);
    }

    private static void noteIfMissing(List<String> notes, Optional<NumericTable> table, String what,
            String file) {
        if (table.isEmpty()) {
            notes.add(what + ": " + Cells.NOT_RECORDED + " (no " + file + ").");
        }
    }

    /** Draws one plot from one table, or nothing when the table holds no plottable values. */
    private interface Plot {
        Optional<Figure> draw(NumericTable table);
    }

    /** The figures of a section and the notes for those that could not be drawn. */
    private record Figures(List<Figure> figures, List<String> notes) {
        static Figures missing(String note) {
            return new Figures(List.of(), List.of(note));
        }

        Figures withNote(String note) {
            List<String> all = new ArrayList<>(notes);
            all.add(note);
            return new Figures(figures, all);
        }
    }
}
