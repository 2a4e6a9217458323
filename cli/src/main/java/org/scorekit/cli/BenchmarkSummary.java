package org.scorekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorekit.csv.CsvPrinter;

/**
 * The results of a tabular benchmark as one table: for each estimator the mean ± standard
 * deviation over seeds (n − 1 denominator) of each metric, the real-data row (MLE of a
 * classifier fit on the real train split; the holdout's own exact-copy rate), and for Credit
 * Default the anchor rows of spec/tabular-protocol.md §6.1. Shape and Trend are errors in %,
 * 100 (1 − score), as in the anchors.
 *
 * @param rows the rows in display order
 */
record BenchmarkSummary(List<Row> rows) {
    /** The evaluation numbers a cell keeps (keys of evaluation.json). */
    static final List<String> METRIC_KEYS = List.of("shape", "trend", "alphaPrecision",
            "betaRecall", "c2stLogistic", "c2stXgboost", "mle", "mleReal", "dcr", "exactCopies",
            "exactCopiesHoldout");

    /** Where the anchor rows come from. */
    static final String ANCHOR_SOURCE = "spec/tabular-protocol.md §6.1 (TabPC re-measurement, "
            + "mean of 5 models)";

    /**
     * One column: a number of the cells of one split, scaled for display.
     *
     * @param header   the column name
     * @param csvName  the column name in benchmark.csv (that of the anchor file)
     * @param key      a metric key, or a number of the cell record (fitSeconds, sampleSeconds)
     * @param split    the split whose cells hold it
     * @param error    whether the value shown is 100 (1 − x)
     * @param scale    the factor applied otherwise
     * @param decimals the decimals shown
     */
    record Column(String header, String csvName, String key, BenchmarkSplit split,
                  boolean error, double scale, int decimals) {
        double value(JsonNode cell) {
            JsonNode n = cell.path(key).isNumber() ? cell.path(key) : cell.path("metrics").path(key);
            if (!n.isNumber()) {
                return Double.NaN;
            }
            return error ? 100 * (1 - n.asDouble()) : scale * n.asDouble();
        }
    }

    /** The columns, in order. */
    static final List<Column> COLUMNS = List.of(
            new Column("Shape err %", "shape_error_pct", "shape", BenchmarkSplit.NINETY_TEN, true,
                    1, 2),
            new Column("Trend err %", "trend_error_pct", "trend", BenchmarkSplit.NINETY_TEN, true,
                    1, 2),
            new Column("alpha", "alpha_precision", "alphaPrecision", BenchmarkSplit.NINETY_TEN,
                    false, 1, 3),
            new Column("beta", "beta_recall", "betaRecall", BenchmarkSplit.NINETY_TEN, false, 1, 3),
            new Column("C2ST-LR", "c2st_logistic", "c2stLogistic", BenchmarkSplit.NINETY_TEN,
                    false, 1, 3),
            new Column("C2ST-XGB", "c2st_xgboost", "c2stXgboost", BenchmarkSplit.NINETY_TEN,
                    false, 1, 4),
            new Column("MLE AUC", "mle_auc", "mle", BenchmarkSplit.NINETY_TEN, false, 1, 3),
            new Column("DCR", "dcr", "dcr", BenchmarkSplit.FIFTY_FIFTY, false, 1, 3),
            new Column("exact copies %", "exact_copies_pct", "exactCopies",
                    BenchmarkSplit.FIFTY_FIFTY, false, 100, 3),
            new Column("fit s", "fit_seconds", "fitSeconds", BenchmarkSplit.NINETY_TEN, false, 1,
                    0),
            new Column("sample s", "sample_seconds", "sampleSeconds", BenchmarkSplit.NINETY_TEN,
                    false, 1, 0));

    /**
     * One row: per column the values over seeds (empty where the row has none).
     *
     * @param method the row's name
     * @param source where the numbers come from
     * @param values per column, the values (one per seed, or one published mean)
     */
    record Row(String method, String source, List<double[]> values) {
        String cell(int column) {
            double[] v = values.get(column);
            int decimals = COLUMNS.get(column).decimals();
            if (v.length == 0) {
                return "";
            }
            String mean = format(mean(v), decimals);
            return v.length == 1 ? mean : mean + " ± " + format(sd(v), decimals);
        }
    }

    /**
     * The summary of completed cells.
     *
     * @param estimators the estimators, in row order
     * @param cells      every cell's record
     * @param anchors    whether to add the Credit Default anchor rows
     */
    static BenchmarkSummary of(List<String> estimators, List<JsonNode> cells, boolean anchors)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String e : estimators) {
            List<double[]> values = new ArrayList<>();
            for (Column c : COLUMNS) {
                values.add(cells.stream().filter(r -> r.path("estimator").asText().equals(e)
                                && r.path("split").asText().equals(c.split().label()))
                        .mapToDouble(c::value).filter(Double::isFinite).toArray());
            }
            rows.add(new Row("scorekit " + e, "this benchmark", values));
        }
        rows.add(realRow(cells));
        if (anchors) {
            rows.addAll(anchorRows());
        }
        return new BenchmarkSummary(rows);
    }

    /** The real train split's MLE and the holdout's exact-copy rate, over every cell. */
    private static Row realRow(List<JsonNode> cells) {
        List<double[]> values = new ArrayList<>();
        for (Column c : COLUMNS) {
            String key = switch (c.key()) {
                case "mle" -> "mleReal";
                case "exactCopies" -> "exactCopiesHoldout";
                default -> null;
            };
            Column real = key == null ? null : new Column(c.header(), c.csvName(), key,
                    c.split(), c.error(), c.scale(), c.decimals());
            values.add(real == null ? new double[0] : cells.stream()
                    .filter(r -> r.path("split").asText().equals(c.split().label()))
                    .mapToDouble(real::value).filter(Double::isFinite).toArray());
        }
        return new Row("Real data", "MLE fit on the real train split; holdout rows equal to a"
                + " train row", values);
    }

    private static List<Row> anchorRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = BenchmarkSummary.class.getResourceAsStream(
                "/benchmark/credit-default-anchors.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8))) {
            List<String> header = List.of(reader.readLine().split(","));
            for (String line : reader.lines().toList()) {
                String[] f = line.split(",");
                List<double[]> values = new ArrayList<>();
                for (Column c : COLUMNS) {
                    // The anchor file holds the columns the source publishes, by csvName.
                    int k = header.indexOf(c.csvName());
                    values.add(k < 0 ? new double[0] : new double[] {Double.parseDouble(f[k])});
                }
                rows.add(new Row(f[0], ANCHOR_SOURCE, values));
            }
        }
        return rows;
    }

    /** The column names of the display table. */
    static List<String> header() {
        List<String> out = new ArrayList<>(List.of("method", "seeds"));
        COLUMNS.forEach(c -> out.add(c.header()));
        return out;
    }

    /** The display cells of every row. */
    List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.method(), seeds(r)));
            for (int k = 0; k < COLUMNS.size(); k++) {
                cells.add(r.cell(k));
            }
            out.add(cells);
        }
        return out;
    }

    private static String seeds(Row r) {
        return r.source().equals(ANCHOR_SOURCE) ? "5 (published)"
                : Integer.toString(r.values().stream().mapToInt(v -> v.length).max().orElse(0));
    }

    /** The table as aligned text for the console. */
    String text() {
        List<List<String>> table = new ArrayList<>();
        table.add(header());
        table.addAll(cells());
        int[] width = new int[header().size()];
        for (List<String> row : table) {
            for (int k = 0; k < row.size(); k++) {
                width[k] = Math.max(width[k], row.get(k).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : table) {
            for (int k = 0; k < row.size(); k++) {
                String cell = row.get(k);
                out.append(k == 0 ? String.format("%-" + width[k] + "s", cell)
                        : String.format("  %" + width[k] + "s", cell));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The table as CSV: method, source, then each column's mean, standard deviation and n. */
    String csv() {
        List<String> header = new ArrayList<>(List.of("method", "source"));
        for (Column c : COLUMNS) {
            header.add(c.csvName() + "_mean");
            header.add(c.csvName() + "_sd");
            header.add(c.csvName() + "_n");
        }
        StringWriter text = new StringWriter();
        CsvPrinter printer = CsvPrinter.of(text, header);
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.method(), r.source()));
            for (double[] v : r.values()) {
                cells.add(v.length == 0 ? "" : CsvPrinter.cell(mean(v)));
                cells.add(v.length < 2 ? "" : CsvPrinter.cell(sd(v)));
                cells.add(Integer.toString(v.length));
            }
            printer.record(cells);
        }
        printer.flush();
        return text.toString();
    }

    static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** The sample standard deviation (n − 1 denominator); NaN for one value. */
    static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
