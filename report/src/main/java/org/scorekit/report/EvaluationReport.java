package org.scorekit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.evaluation.EvaluationMetric;
import org.scorekit.tabular.evaluation.EvaluationResult;
import org.scorekit.tabular.metrics.ColumnScore;
import org.scorekit.tabular.metrics.Detection;
import org.scorekit.tabular.metrics.Mle;

/**
 * The report of {@code scorekit evaluate} (docs/evaluate.md) as one self-contained HTML page:
 * the headline numbers, each column's real and synthetic marginal with its Shape score, the
 * pair-trend heat maps of both tables side by side with their difference, the detection folds,
 * the MLE selection and the DCR histogram. Metrics that were not computed are stated as such.
 */
public final class EvaluationReport {
    /** The report's file name. */
    public static final String HTML = "report.html";

    private EvaluationReport() {
    }

    /** The HTML page of an evaluation. */
    public static String html(EvaluationResult r) {
        return HtmlRenderer.render(document(r));
    }

    static ReportDocument document(EvaluationResult r) {
        var in = r.input();
        List<String> subtitle = List.of(
                "real: " + in.real().source() + " (" + in.real().rows() + " rows); synthetic: "
                        + in.synthetic().source() + " (" + in.synthetic().rows() + " rows)",
                in.test().map(t -> "test: " + t.source() + " (" + t.rows() + " rows)").orElse(
                        "test: none (no MLE)") + "; " + in.holdout().map(h -> "holdout: "
                        + h.source() + " (" + h.rows() + " rows)").orElse("holdout: none (no DCR)"),
                "seeded metrics (C2ST, MLE) over " + in.seeds() + " seed(s) from " + in.seed());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Summary", List.of(summary(r)), notComputed(r), List.of()));
        sections.add(shapes(r));
        sections.add(trends(r));
        sections.add(detection(r));
        sections.add(mle(r));
        sections.add(dcr(r));
        return new ReportDocument("scorekit evaluation: " + in.synthetic().source() + " against "
                + in.real().source(), subtitle, sections);
    }

    private static Table summary(EvaluationResult r) {
        Map<String, Double> spread = r.spread();
        List<List<String>> rows = new ArrayList<>();
        r.summary().forEach((key, value) -> rows.add(List.of(key, number(value),
                spread.containsKey(key) ? number(spread.get(key)) : "",
                switch (key) {
                    case "shape", "trend" -> String.format(Locale.ROOT, "error %.2f %%", 100 * (1 - value));
                    case "alphaPrecision" -> "synthetic rows in the real support (1 is best)";
                    case "betaRecall" -> "real rows covered by the synthetic table (1 is best)";
                    case "c2stLogistic", "c2stXgboost" -> "1 = indistinguishable, 0 = separable";
                    case "mle" -> "ROC AUC on the test table of a classifier fit on the synthetic table";
                    case "mleReal" -> "the same, fit on the real table (the reference)";
                    case "dcr" -> "fraction closer to train than holdout; ideal "
                            + number(r.input().real().rows()
                            / (double) (r.input().real().rows() + r.input().holdout().orElseThrow().rows()));
                    case "exactCopies" -> "synthetic rows identical to a train row";
                    case "exactCopiesHoldout" -> "holdout rows identical to a train row (the reference)";
                    default -> "";
                })));
        for (var e : r.seconds().entrySet()) {
            rows.add(List.of("seconds: " + e.getKey().label(), String.format(Locale.ROOT, "%.1f",
                    e.getValue()), "", "wall clock"));
        }
        return new Table("Headline numbers (spec/tabular-protocol.md §3)",
                List.of("metric", "score", "sd over seeds", "reading"), rows);
    }

    private static List<String> notComputed(EvaluationResult r) {
        List<String> out = new ArrayList<>();
        r.warnings().forEach(w -> out.add("Warning: " + w + "."));
        for (EvaluationMetric m : EvaluationMetric.values()) {
            if (!r.input().metrics().contains(m)) {
                out.add(m.label() + ": not computed" + (m == EvaluationMetric.MLE
                        ? " (needs --test and a target column)"
                        : m == EvaluationMetric.DCR ? " (needs --holdout)" : "") + ".");
            }
        }
        return out;
    }

    private static Section shapes(EvaluationResult r) {
        if (r.shape().isEmpty()) {
            return new Section("Column shapes", List.of(), List.of("Shape: not computed."), List.of());
        }
        List<List<String>> rows = new ArrayList<>();
        for (ColumnScore c : r.shape().get().parts()) {
            rows.add(List.of(c.column(), c.metric(), number(c.score()),
                    String.format(Locale.ROOT, "%.2f %%", 100 * (1 - c.score()))));
        }
        List<Column> real = r.input().real().evaluationLayout();
        List<Column> synthetic = r.input().synthetic().evaluationLayout();
        List<Figure> figures = new ArrayList<>();
        for (int j = 0; j < real.size(); j++) {
            figures.add(TablePlots.marginal(j, real.get(j), synthetic.get(j)));
        }
        return new Section("Column shapes", List.of(new Table("Shape per column",
                List.of("column", "metric", "score", "error"), rows)), List.of(), figures);
    }

    private static Section trends(EvaluationResult r) {
        if (r.trend().isEmpty()) {
            return new Section("Pair trends", List.of(), List.of("Trend: not computed."), List.of());
        }
        List<Column> real = r.input().real().evaluationLayout();
        List<String> names = real.stream().map(Column::name).toList();
        double[][] a = Associations.of(real);
        double[][] b = Associations.of(r.input().synthetic().evaluationLayout());
        double[][] d = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                d[i][j] = Math.abs(a[i][j] - b[i][j]);
            }
        }
        String how = "Pearson r for two numerical columns, Cramér's V for a pair with a"
                + " categorical column (numbers binned as the Trend metric bins them)";
        List<Figure> figures = List.of(
                TablePlots.heatMap("trend-real", "real", "Pair associations in the real table: "
                        + how, names, a, -1, 1),
                TablePlots.heatMap("trend-synthetic", "synthetic", "Pair associations in the"
                        + " synthetic table, on the same scale", names, b, -1, 1),
                TablePlots.heatMap("trend-difference", "|real - synthetic|", "Absolute difference"
                        + " of the two association maps", names, d, 0, 1));
        List<List<String>> worst = new ArrayList<>();
        r.trend().get().parts().stream().filter(p -> !Double.isNaN(p.score()))
                .sorted((x, y) -> Double.compare(x.score(), y.score())).limit(10)
                .forEach(p -> worst.add(List.of(p.first(), p.second(), p.metric(),
                        number(p.score()))));
        return new Section("Pair trends", List.of(new Table("The ten pairs with the lowest Trend"
                + " score (all pairs in trend.csv)", List.of("first", "second", "metric", "score"),
                worst)), List.of(), figures);
    }

    private static Section detection(EvaluationResult r) {
        List<List<String>> rows = new ArrayList<>();
        addDetection(rows, "logistic regression", r.c2stLogistic(), r.input().seed());
        addDetection(rows, "XGBoost", r.c2stXgboost(), r.input().seed());
        List<String> notes = rows.isEmpty() ? List.of("C2ST: not computed.") : List.of(
                "score = 1 − mean over folds of (2 max(0.5, AUC) − 1); 3 stratified folds.");
        List<Table> tables = rows.isEmpty() ? List.of() : List.of(new Table(
                "Detection (C2ST) per classifier and seed", List.of("classifier", "seed",
                        "score", "fold AUCs"), rows));
        return new Section("Detection", tables, notes, List.of());
    }

    private static void addDetection(List<List<String>> rows, String name,
                                     List<Detection.Result> results, long seed) {
        for (int k = 0; k < results.size(); k++) {
            rows.add(List.of(name, Long.toString(seed + k), number(results.get(k).score()),
                    String.join(", ", Arrays.stream(results.get(k).foldAuc())
                            .mapToObj(EvaluationReport::number).toList())));
        }
    }

    private static Section mle(EvaluationResult r) {
        if (r.mle().isEmpty()) {
            return new Section("Machine-learning efficiency", List.of(), List.of(
                    "MLE: not computed."), List.of());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < r.mle().size(); k++) {
            rows.add(mleRow("synthetic", r.mle().get(k), r.input().seed() + k));
            rows.add(mleRow("real", r.mleReal().get(k), r.input().seed() + k));
        }
        return new Section("Machine-learning efficiency", List.of(new Table("XGBoost fit on the"
                + " training table, selected on a held-out ninth, ROC AUC on the real test table",
                List.of("training table", "seed", "test AUC", "best validation AUC", "selected"),
                rows)), List.of("The 36-classifier grid and every validation AUC: mle-grid.csv."),
                List.of());
    }

    private static List<String> mleRow(String training, Mle.Result m, long seed) {
        Mle.Config c = m.selected();
        return List.of(training, Long.toString(seed), number(m.score()),
                number(Arrays.stream(m.validationAuc()).max().orElse(Double.NaN)),
                String.format(Locale.ROOT, "gamma %s, depth %d, min child weight %d, %d rounds",
                        number(c.gamma()), c.maxDepth(), c.minChildWeight(), c.rounds()));
    }

    private static Section dcr(EvaluationResult r) {
        if (r.dcr().isEmpty()) {
            return new Section("Distance to closest record", List.of(), List.of(
                    "DCR: not computed."), List.of());
        }
        var d = r.dcr().get();
        return new Section("Distance to closest record", List.of(), List.of(String.format(
                Locale.ROOT, "DCR score %s: the fraction of synthetic rows strictly closer to a"
                        + " train row than to any holdout row (per-row distances in dcr.csv).",
                number(d.score()))), List.of(TablePlots.dcr(d.toTrain(), d.toHoldout())));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.4f", v);
    }
}
