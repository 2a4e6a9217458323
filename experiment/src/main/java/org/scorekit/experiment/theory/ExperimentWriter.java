package org.scorekit.experiment.theory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.RunTables;
import org.scorekit.experiment.Provenance;
import org.scorekit.experiment.RunWriter;
import org.scorekit.experiment.SpecReader;

/**
 * Writes an experiment directory {@code <root>/experiments/<name>/<UTC time>/}:
 * {@code experiment.json} (options, provenance, claims, fits, tables, plots), one CSV per table,
 * the report through the finisher, and {@code COMPLETE} last.
 */
public final class ExperimentWriter {
    /** The record file. */
    public static final String RECORD = "experiment.json";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ExperimentWriter() {
    }

    /** Writes the result and returns the directory. */
    public static Path write(Path root, ExperimentResult result, ExperimentOptions options,
                             Instant started, double wallSeconds, RunWriter.Finisher finisher)
            throws IOException {
        Path parent = Files.createDirectories(root.resolve("experiments").resolve(result.experiment()));
        Path dir = null;
        for (int i = 0; dir == null; i++) {
            try {
                dir = Files.createDirectory(parent.resolve(STAMP.format(started) + (i == 0 ? "" : "-" + i)));
            } catch (FileAlreadyExistsException e) {
                // Two runs in the same second: take the next suffix.
            }
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("formatVersion", 1);
        json.put("experiment", result.experiment());
        json.put("title", result.title());
        json.put("summary", result.summary());
        json.putObject("options").put("quick", options.quick()).put("seeds", options.seeds())
                .put("seed", options.seed());
        json.set("provenance", Provenance.of(options.seed(), List.of(), started, wallSeconds));
        json.put("allClaimsHold", result.allClaimsHold());
        ArrayNode claims = json.putArray("claims");
        result.claims().forEach(c -> claims.addObject().put("statement", c.statement())
                .put("holds", c.holds()).put("evidence", c.evidence()));
        ArrayNode fits = json.putArray("fits");
        result.fits().forEach(f -> fits.addObject().put("name", f.name()).put("value", f.value())
                .put("ciLow", f.ciLow()).put("ciHigh", f.ciHigh()).put("reference", f.reference()));
        ArrayNode tables = json.putArray("tables");
        for (ExperimentResult.ResultTable t : result.tables()) {
            String file = t.name() + ".csv";
            RunTables.writeRows(dir.resolve(file), t.columns(), t.rows());
            ObjectNode node = tables.addObject().put("name", t.name()).put("file", file);
            t.columns().forEach(node.putArray("columns")::add);
        }
        ArrayNode plots = json.putArray("plots");
        for (ExperimentResult.PlotSpec p : result.plots()) {
            ObjectNode node = plots.addObject().put("name", p.name()).put("title", p.title())
                    .put("table", p.table()).put("x", p.x()).put("yTitle", p.yTitle())
                    .put("logX", p.logX()).put("logY", p.logY());
            p.y().forEach(node.putArray("y")::add);
            ObjectNode styles = node.putObject("styles");
            p.styles().forEach((column, style) -> styles.put(column, style.label()));
        }
        AtomicFiles.writeString(dir.resolve(RECORD),
                SpecReader.json().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        finisher.finish(dir);
        AtomicFiles.writeString(dir.resolve(RunWriter.COMPLETE), Instant.now() + "\n");
        return dir;
    }
}
