package org.scorekit.tabular.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorekit.tabular.metrics.ColumnScore;
import org.scorekit.tabular.metrics.Dcr;
import org.scorekit.tabular.metrics.Detection;
import org.scorekit.tabular.metrics.Mle;
import org.scorekit.tabular.metrics.PairScore;
import org.scorekit.tabular.metrics.PrecisionRecall;
import org.scorekit.tabular.metrics.Scores;

/**
 * The outcome of an evaluation; a metric that was not computed is empty. Seeded metrics hold
 * one result per seed.
 *
 * @param input        what was evaluated
 * @param shape        column shapes
 * @param trend        pair trends
 * @param alphaBeta    α-precision and β-recall
 * @param c2stLogistic logistic-regression C2ST per seed
 * @param c2stXgboost  boosted-tree C2ST per seed
 * @param mle          MLE of the synthetic table per seed
 * @param mleReal      MLE of the real table per seed (the reference row)
 * @param dcr          distances to closest records
 * @param seconds      wall-clock seconds per computed metric
 */
public record EvaluationResult(EvaluationInput input, Optional<Scores<ColumnScore>> shape,
                               Optional<Scores<PairScore>> trend,
                               Optional<PrecisionRecall> alphaBeta,
                               List<Detection.Result> c2stLogistic,
                               List<Detection.Result> c2stXgboost, List<Mle.Result> mle,
                               List<Mle.Result> mleReal, Optional<Dcr.Result> dcr,
                               Map<EvaluationMetric, Double> seconds) {
    public EvaluationResult {
        c2stLogistic = List.copyOf(c2stLogistic);
        c2stXgboost = List.copyOf(c2stXgboost);
        mle = List.copyOf(mle);
        mleReal = List.copyOf(mleReal);
        seconds = seconds.isEmpty() ? Map.of() : new EnumMap<>(seconds);
    }

    /**
     * The headline numbers, each in [0, 1], under the keys of {@code evaluation.json}
     * (shape, trend, alphaPrecision, betaRecall, c2stLogistic, c2stXgboost, mle, mleReal, dcr,
     * exactCopies, exactCopiesHoldout);
     * seeded metrics give their mean over the seeds. Metrics not computed are absent.
     */
    public Map<String, Double> summary() {
        Map<String, Double> out = new LinkedHashMap<>();
        shape.ifPresent(s -> out.put("shape", s.score()));
        trend.ifPresent(s -> out.put("trend", s.score()));
        alphaBeta.ifPresent(s -> {
            out.put("alphaPrecision", s.alphaPrecision());
            out.put("betaRecall", s.betaRecall());
        });
        putMean(out, "c2stLogistic", c2stLogistic.stream().mapToDouble(Detection.Result::score).toArray());
        putMean(out, "c2stXgboost", c2stXgboost.stream().mapToDouble(Detection.Result::score).toArray());
        putMean(out, "mle", mle.stream().mapToDouble(Mle.Result::score).toArray());
        putMean(out, "mleReal", mleReal.stream().mapToDouble(Mle.Result::score).toArray());
        dcr.ifPresent(d -> {
            out.put("dcr", d.score());
            out.put("exactCopies", d.exactCopies());
            out.put("exactCopiesHoldout", d.holdoutCopies());
        });
        return out;
    }

    /** The standard deviation over the seeds (n − 1 denominator) of each seeded headline number. */
    public Map<String, Double> spread() {
        Map<String, Double> out = new LinkedHashMap<>();
        putSd(out, "c2stLogistic", c2stLogistic.stream().mapToDouble(Detection.Result::score).toArray());
        putSd(out, "c2stXgboost", c2stXgboost.stream().mapToDouble(Detection.Result::score).toArray());
        putSd(out, "mle", mle.stream().mapToDouble(Mle.Result::score).toArray());
        putSd(out, "mleReal", mleReal.stream().mapToDouble(Mle.Result::score).toArray());
        return out;
    }

    /**
     * One line per part left out of a mean because it is undefined (a column or pair without
     * values in one of the tables, or a Pearson r of a constant column), as SDMetrics leaves it
     * out: a headline can then look better than the table is, so each is said.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        shape.ifPresent(s -> s.parts().stream().filter(c -> Double.isNaN(c.score())).forEach(c ->
                out.add("shape: column '" + c.column() + "' has no values in one of the tables;"
                        + " left out of the mean")));
        trend.ifPresent(s -> {
            long undefined = s.parts().stream().filter(p -> Double.isNaN(p.score())).count();
            if (undefined > 0) {
                out.add("trend: " + undefined + " of " + s.parts().size() + " pairs are undefined"
                        + " (no values, or a constant column) and left out of the mean;"
                        + " see trend.csv");
            }
        });
        return out;
    }

    private static void putMean(Map<String, Double> out, String key, double[] values) {
        if (values.length > 0) {
            out.put(key, Arrays.stream(values).average().orElseThrow());
        }
    }

    private static void putSd(Map<String, Double> out, String key, double[] values) {
        if (values.length > 1) {
            double mean = Arrays.stream(values).average().orElseThrow();
            double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
            out.put(key, Math.sqrt(ss / (values.length - 1)));
        }
    }
}
