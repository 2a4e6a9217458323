package org.scorekit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.scorekit.csv.EmptyCells;
import org.scorekit.csv.NumericTable;
import org.scorekit.experiment.theory.ExperimentResult.SeriesStyle;

/**
 * Writes {@code report.html} and {@code report.md} for an experiment directory (its
 * {@code experiment.json} and table CSVs): the verdict on each claim, the fitted numbers with
 * their 95 % intervals, the setting and provenance, then each table with its plots (each column
 * in the style its plot names: line, dashed, points or segments).
 */
public final class ExperimentReportWriter {
    static {
        Headless.ensure();
    }

    /** Reads the experiment directory and writes the report files into it. */
    public ReportFiles write(Path directory) throws IOException {
        Path record = directory.resolve("experiment.json");
        if (!Files.isRegularFile(record)) {
            throw new IllegalArgumentException("not an experiment directory, experiment.json is missing: "
                    + directory);
        }
        JsonNode json = new ObjectMapper().readTree(Files.readString(record, StandardCharsets.UTF_8));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Claims", List.of(claims(json)), List.of(), List.of()));
        sections.add(new Section("Fitted numbers", List.of(fits(json)), List.of(), List.of()));
        sections.add(new Section("Setting", ResultTables.provenance(json).stream().toList(),
                List.of(Cells.value(json, "summary")), List.of()));
        for (JsonNode t : json.path("tables")) {
            NumericTable table = NumericTable.read(directory.resolve(t.path("file").asText()),
                    EmptyCells.NAN);
            List<Figure> figures = new ArrayList<>();
            for (JsonNode p : json.path("plots")) {
                if (p.path("table").asText().equals(t.path("name").asText())) {
                    plot(p, table).ifPresent(figures::add);
                }
            }
            sections.add(new Section("Table " + t.path("name").asText(), List.of(table(table)),
                    List.of(), figures));
        }
        String verdict = json.path("allClaimsHold").asBoolean() ? "every claim holds"
                : "some claims do not hold";
        ReportDocument doc = new ReportDocument("scorekit experiment: " + Cells.value(json, "experiment"),
                List.of(Cells.value(json, "title"), verdict), sections);
        return ReportWriter.emit(directory, doc);
    }

    private static Table claims(JsonNode json) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode c : json.path("claims")) {
            rows.add(List.of(Cells.value(c, "statement"), c.path("holds").asBoolean() ? "holds" : "does not hold",
                    Cells.value(c, "evidence")));
        }
        return new Table("", List.of("claim", "verdict", "evidence"), rows);
    }

    private static Table fits(JsonNode json) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode f : json.path("fits")) {
            boolean exact = Double.isNaN(Cells.numeric(f, "ciLow"))
                    && Double.isNaN(Cells.numeric(f, "ciHigh"));
            rows.add(List.of(Cells.value(f, "name"), Cells.value(f, "value"), exact ? "none"
                    : "[" + Cells.value(f, "ciLow") + ", " + Cells.value(f, "ciHigh") + "]",
                    Cells.value(f, "reference")));
        }
        return new Table("", List.of("quantity", "value", "95% interval", "reference"), rows);
    }

    private static Table table(NumericTable csv) {
        List<List<String>> rows = new ArrayList<>();
        for (double[] r : csv.rows()) {
            List<String> cells = new ArrayList<>();
            for (double v : r) {
                cells.add(Double.isNaN(v) ? Cells.NOT_RECORDED : Cells.number(v));
            }
            rows.add(cells);
        }
        return new Table(csv.source(), csv.columns(), rows);
    }

    private static Optional<Figure> plot(JsonNode p, NumericTable table) {
        boolean logX = p.path("logX").asBoolean();
        boolean logY = p.path("logY").asBoolean();
        String x = p.path("x").asText();
        XYChart chart = Plots.chart(Cells.value(p, "title"), x + (logX ? " (log scale)" : ""),
                Cells.value(p, "yTitle") + (logY ? " (log scale)" : ""));
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisLogarithmic(logY);
        int drawn = 0;
        for (JsonNode y : p.path("y")) {
            double[] xs = table.column(x);
            if (logX) {
                // A log axis cannot show x <= 0 (e.g. step 0): those points are left out.
                xs = java.util.Arrays.stream(xs).map(v -> v > 0 ? v : Double.NaN).toArray();
            }
            Curve c = Curve.finite(y.asText(), xs, table.column(y.asText()));
            if (c.size() > 0 && (!logY || c.allPositive())) {
                addSeries(chart, c, SeriesStyle.valueOf(p.path("styles").path(c.label())
                        .asText(SeriesStyle.LINE.label()).toUpperCase(Locale.ROOT)));
                drawn++;
            }
        }
        if (drawn == 0) {
            return Optional.empty();
        }
        return Optional.of(Plots.encode(p.path("name").asText(), Cells.value(p, "title") + ", from "
                + table.source() + ".", chart));
    }

    /**
     * Adds a curve in its style; segments are the consecutive pairs of its points, drawn in one
     * colour with one legend entry.
     */
    private static void addSeries(XYChart chart, Curve c, SeriesStyle style) {
        if (style == SeriesStyle.SEGMENTS) {
            Color[] colours = chart.getStyler().getSeriesColors();
            Color colour = colours[chart.getSeriesMap().size() % colours.length];
            for (int k = 0; k + 1 < c.size(); k += 2) {
                XYSeries s = chart.addSeries(k == 0 ? c.label() : c.label() + " " + k,
                        new double[] {c.x()[k], c.x()[k + 1]}, new double[] {c.y()[k], c.y()[k + 1]});
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(colour);
                s.setShowInLegend(k == 0);
            }
            return;
        }
        XYSeries s = chart.addSeries(c.label(), c.x(), c.y());
        s.setMarker(style == SeriesStyle.DASHED ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        if (style == SeriesStyle.DASHED) {
            s.setLineStyle(SeriesLines.DASH_DASH);
        } else if (style == SeriesStyle.POINTS) {
            s.setLineStyle(SeriesLines.NONE);
        }
    }
}
