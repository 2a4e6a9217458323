package org.scorekit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorekit.csv.CsvPrinter;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.RunWriter;
import org.scorekit.experiment.SpecReader;
import org.scorekit.report.ReportWriter;
import org.scorekit.report.TablePage;

/**
 * The output folder of a spec sweep: {@code cells/<name>/} run directories (written by
 * {@link CellTask}), {@code sweep.json} (the grid and every cell's outcome),
 * {@code summary.csv} (the swept fields beside every scalar result of {@code run.json}),
 * {@code summary.html}, then {@code COMPLETE}.
 */
final class SweepOutput {
    static final String CELLS = "cells";
    static final String RECORD = "sweep.json";
    static final String CSV = "summary.csv";
    static final String HTML = "summary.html";

    private SweepOutput() {
    }

    /** Fails with one line if {@code out} already holds a sweep. */
    static void requireNew(Path out) {
        if (Files.exists(out.resolve(RECORD)) || Files.exists(out.resolve(CELLS))) {
            throw new InvalidSpecException("--out " + out + ": already holds a sweep; choose a"
                    + " new folder");
        }
    }

    /** Creates the folder of the cells. */
    static void prepare(Path out) throws IOException {
        Files.createDirectories(out.resolve(CELLS));
    }

    /** Writes the record, the summary table and page, and marks the sweep complete. */
    static void write(Path out, SpecGrid grid, List<CellOutcome> outcomes, String master,
                      double seconds) throws IOException {
        List<String> fields = grid.fields();
        List<Map<String, String>> results = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (SpecGrid.Cell cell : grid.cells()) {
            Map<String, String> r = results(out.resolve(CELLS).resolve(cell.name(grid.cells().size())));
            r.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add);
            results.add(r);
        }
        List<String> header = new ArrayList<>(List.of("cell"));
        header.addAll(fields);
        header.addAll(List.of("status", "attempts", "seconds"));
        header.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("formatVersion", 1);
        record.put("master", master);
        record.put("seconds", seconds);
        record.setAll(grid.toJson());
        var cellsJson = record.putArray("cells");
        for (CellOutcome o : outcomes) {
            SpecGrid.Cell cell = grid.cells().get(o.index());
            List<String> row = new ArrayList<>(List.of(cell.name(grid.cells().size())));
            cell.values().values().forEach(v -> row.add(v.isTextual() ? v.asText() : v.toString()));
            row.addAll(List.of(o.complete() ? "complete" : "failed: " + o.error(),
                    Integer.toString(o.attempts()), String.format("%.1f", o.seconds())));
            Map<String, String> r = results.get(o.index());
            columns.forEach(c -> row.add(r.getOrDefault(c, "")));
            rows.add(row);
            ObjectNode c = cellsJson.addObject();
            c.put("name", cell.name(grid.cells().size()));
            c.set("values", SpecReader.json().valueToTree(cell.values()));
            c.put("complete", o.complete());
            c.put("attempts", o.attempts());
            c.put("seconds", o.seconds());
            if (!o.complete()) {
                c.put("error", o.error());
            }
        }
        StringWriter csv = new StringWriter();
        CsvPrinter printer = CsvPrinter.of(csv, header);
        rows.forEach(printer::record);
        printer.flush();
        AtomicFiles.writeString(out.resolve(CSV), csv.toString());
        AtomicFiles.writeString(out.resolve(RECORD),
                SpecReader.json().writerWithDefaultPrettyPrinter().writeValueAsString(record) + "\n");
        AtomicFiles.writeString(out.resolve(HTML), html(grid, header, rows, master, seconds,
                outcomes));
        AtomicFiles.writeString(out.resolve(RunWriter.COMPLETE), Instant.now() + "\n");
    }

    /** Every scalar result of a complete cell's run.json, by a dotted name. */
    static Map<String, String> results(Path cellDir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(cellDir.resolve(RunWriter.COMPLETE))) {
            return out;
        }
        JsonNode results = SpecReader.json().readTree(cellDir.resolve(RunWriter.RUN).toFile())
                .path("results");
        results.fields().forEachRemaining(e -> flatten(e.getKey(), e.getValue(), out));
        return out;
    }

    /**
     * Scalars by their path; in a list of objects (the metric tables), an object's text fields
     * name it ("euler-maruyama.p_0.mmd") and its numbers are its columns.
     */
    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isValueNode()) {
            out.put(prefix, node.isTextual() ? node.asText() : node.toString());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray() && !node.isEmpty() && node.get(0).isObject()) {
            for (JsonNode item : node) {
                List<String> names = new ArrayList<>();
                item.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        names.add(e.getValue().asText());
                    }
                });
                String name = names.isEmpty() ? prefix : String.join(".", names);
                item.fields().forEachRemaining(e -> {
                    if (e.getValue().isNumber()) {
                        out.put(name + "." + e.getKey(), e.getValue().toString());
                    }
                });
            }
        }
    }

    private static String html(SpecGrid grid, List<String> header, List<List<String>> rows,
                               String master, double seconds, List<CellOutcome> outcomes) {
        long complete = outcomes.stream().filter(CellOutcome::complete).count();
        List<String> subtitle = List.of("Swept fields: " + String.join(", ", grid.fields()),
                String.format("%d cells, %d complete, on %s in %.1f s", outcomes.size(), complete,
                        master, seconds));
        List<String> notes = List.of("Each cell is an ordinary run directory under " + CELLS
                + "/ with its own " + ReportWriter.HTML + ". The page shows the stopping and the"
                + " learned and Gaussian-fit values of each metric; every column is in " + CSV + ".");
        int fixed = 1 + grid.fields().size() + 3;
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (i < fixed || h.equals("training.stopReason") || h.equals("training.selectedStep")
                    || h.endsWith(".learned") || h.endsWith(".gaussianFit")) {
                shown.add(i);
            }
        }
        List<List<String>> shownRows = rows.stream()
                .map(r -> shown.stream().map(r::get).toList()).toList();
        return TablePage.html("scorekit sweep", subtitle, "Cells",
                shown.stream().map(header::get).toList(), shownRows, notes);
    }
}
