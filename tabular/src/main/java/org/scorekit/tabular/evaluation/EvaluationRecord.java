package org.scorekit.tabular.evaluation;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.scorekit.csv.CsvPrinter;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.metrics.Dcr;
import org.scorekit.tabular.metrics.Detection;
import org.scorekit.tabular.metrics.Mle;
import org.scorekit.tabular.metrics.PairScore;

/**
 * The files of an evaluation (docs/evaluate.md): the content of {@code evaluation.json} as a
 * map for Jackson, and one CSV per detail table. Numbers are written as computed; a NaN score
 * (an undefined pair) is JSON null and an empty CSV cell.
 */
public final class EvaluationRecord {
    /** The JSON record's file name; it is written last and marks a complete evaluation. */
    public static final String JSON = "evaluation.json";

    private EvaluationRecord() {
    }

    /**
     * The JSON content: the headline numbers at the top level (null where undefined, e.g. an
     * MLE whose test table holds one class), the warnings, then their spread over seeds,
     * the errors in percent, the details, the inputs ({@code inputs}, as the caller describes
     * them), the column types, the missing-value policy, the seeds and the seconds per metric.
     */
    public static Map<String, Object> json(EvaluationResult r, Map<String, Object> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        r.summary().forEach((key, value) -> out.put(key, finite(value)));
        out.put("spreadOverSeeds", r.spread());
        out.put("warnings", r.warnings());
        Map<String, Object> errors = new LinkedHashMap<>();
        r.shape().ifPresent(s -> errors.put("shapeErrorPercent", s.errorPercent()));
        r.trend().ifPresent(s -> errors.put("trendErrorPercent", s.errorPercent()));
        out.put("reported", errors);
        Map<String, Object> details = new LinkedHashMap<>();
        r.shape().ifPresent(s -> details.put("shape", s.parts().stream().map(c -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("column", c.column());
            one.put("metric", c.metric());
            one.put("score", finite(c.score()));
            return one;
        }).toList()));
        r.trend().ifPresent(s -> details.put("trend", s.parts().stream().map(EvaluationRecord::pair).toList()));
        r.alphaBeta().ifPresent(a -> details.put("alphaBeta", alphaBetaRows(r.input())));
        putDetection(details, "c2stLogistic", r.c2stLogistic(), r.input());
        putDetection(details, "c2stXgboost", r.c2stXgboost(), r.input());
        putMle(details, "mle", r.mle(), r.input());
        putMle(details, "mleReal", r.mleReal(), r.input());
        r.dcr().ifPresent(d -> details.put("dcr", dcr(d, r.input())));
        out.put("details", details);
        out.put("inputs", inputs);
        Map<String, String> columns = new LinkedHashMap<>();
        r.input().real().schema().types().forEach((name, type) -> columns.put(name, type.label()));
        out.put("columns", columns);
        out.put("numericalMissingPolicy", Table.NUMERICAL_MISSING_POLICY);
        out.put("metrics", r.input().metrics().stream().map(EvaluationMetric::label).toList());
        out.put("seed", r.input().seed());
        out.put("seeds", r.input().seeds());
        Map<String, Double> seconds = new LinkedHashMap<>();
        r.seconds().forEach((m, s) -> seconds.put(m.label(), s));
        out.put("seconds", seconds);
        return out;
    }

    private static Map<String, Object> alphaBetaRows(EvaluationInput in) {
        int real = in.real().rows();
        int synthetic = in.synthetic().rows();
        return Map.of("realRows", real, "syntheticRows", synthetic);
    }

    private static Map<String, Object> pair(PairScore p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("first", p.first());
        out.put("second", p.second());
        out.put("metric", p.metric());
        out.put("real", finite(p.real()));
        out.put("synthetic", finite(p.synthetic()));
        out.put("score", finite(p.score()));
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static void putDetection(Map<String, Object> details, String key,
                                     List<Detection.Result> results, EvaluationInput in) {
        if (results.isEmpty()) {
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("seed", in.seed() + k);
            one.put("score", results.get(k).score());
            one.put("foldAuc", results.get(k).foldAuc());
            out.add(one);
        }
        details.put(key, out);
    }

    private static void putMle(Map<String, Object> details, String key, List<Mle.Result> results,
                               EvaluationInput in) {
        if (results.isEmpty()) {
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            Mle.Result m = results.get(k);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("seed", in.seed() + k);
            one.put("score", m.score());
            one.put("selected", m.selected());
            one.put("bestValidationAuc", Arrays.stream(m.validationAuc()).max().orElse(Double.NaN));
            one.put("fitRows", m.fitRows());
            one.put("validationRows", m.validationRows());
            one.put("classes", m.classes());
            out.add(one);
        }
        details.put(key, out);
    }

    private static Map<String, Object> dcr(Dcr.Result d, EvaluationInput in) {
        int train = in.real().rows();
        int holdout = in.holdout().orElseThrow().rows();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("score", d.score());
        out.put("ideal", train / (double) (train + holdout));
        out.put("syntheticRows", d.toTrain().length);
        out.put("medianToTrain", median(d.toTrain()));
        out.put("medianToHoldout", median(d.toHoldout()));
        out.put("exactCopies", d.exactCopies());
        out.put("exactCopiesHoldout", d.holdoutCopies());
        return out;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The detail tables as CSV text by file name; only those of computed metrics. */
    public static Map<String, String> csvFiles(EvaluationResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.shape().ifPresent(s -> out.put("shape.csv", csv(List.of("column", "metric", "score"),
                p -> s.parts().forEach(c -> p.record(List.of(c.column(), c.metric(),
                        CsvPrinter.cell(c.score())))))));
        r.trend().ifPresent(s -> out.put("trend.csv", csv(List.of("first", "second", "metric",
                "real", "synthetic", "score"), p -> s.parts().forEach(c -> p.record(List.of(
                        c.first(), c.second(), c.metric(), cell(c.real()), cell(c.synthetic()),
                        cell(c.score())))))));
        if (!r.c2stLogistic().isEmpty() || !r.c2stXgboost().isEmpty()) {
            out.put("c2st.csv", csv(List.of("classifier", "seed", "fold", "auc"), p -> {
                folds(p, "logistic", r.c2stLogistic(), r.input());
                folds(p, "xgboost", r.c2stXgboost(), r.input());
            }));
        }
        if (!r.mle().isEmpty()) {
            out.put("mle-grid.csv", csv(List.of("training", "seed", "gamma", "max_depth",
                    "min_child_weight", "rounds", "validation_auc", "selected"), p -> {
                        grid(p, "synthetic", r.mle(), r.input());
                        grid(p, "real", r.mleReal(), r.input());
                    }));
        }
        r.dcr().ifPresent(d -> out.put("dcr.csv", csv(List.of("synthetic_row", "to_train",
                "to_holdout"), p -> {
                    for (int i = 0; i < d.toTrain().length; i++) {
                        p.numbers(i + 1, d.toTrain()[i], d.toHoldout()[i]);
                    }
                })));
        return out;
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : CsvPrinter.cell(v);
    }

    private static void folds(CsvPrinter p, String classifier, List<Detection.Result> results,
                              EvaluationInput in) {
        for (int k = 0; k < results.size(); k++) {
            double[] auc = results.get(k).foldAuc();
            for (int f = 0; f < auc.length; f++) {
                p.record(List.of(classifier, Long.toString(in.seed() + k), Integer.toString(f + 1),
                        CsvPrinter.cell(auc[f])));
            }
        }
    }

    private static void grid(CsvPrinter p, String training, List<Mle.Result> results,
                             EvaluationInput in) {
        for (int k = 0; k < results.size(); k++) {
            Mle.Result m = results.get(k);
            for (int g = 0; g < Mle.GRID.size(); g++) {
                Mle.Config c = Mle.GRID.get(g);
                p.record(List.of(training, Long.toString(in.seed() + k), CsvPrinter.cell(c.gamma()),
                        Integer.toString(c.maxDepth()), Integer.toString(c.minChildWeight()),
                        Integer.toString(c.rounds()), cell(m.validationAuc()[g]),
                        Boolean.toString(c.equals(m.selected()))));
            }
        }
    }

    private static String csv(List<String> header, Consumer<CsvPrinter> rows) {
        StringWriter text = new StringWriter();
        CsvPrinter printer = CsvPrinter.of(text, header);
        rows.accept(printer);
        printer.flush();
        return text.toString();
    }
}
