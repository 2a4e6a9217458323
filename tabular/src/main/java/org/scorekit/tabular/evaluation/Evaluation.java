package org.scorekit.tabular.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.scorekit.random.Rng;
import org.scorekit.tabular.metrics.AlphaPrecision;
import org.scorekit.tabular.metrics.ColumnScore;
import org.scorekit.tabular.metrics.Dcr;
import org.scorekit.tabular.metrics.Detection;
import org.scorekit.tabular.metrics.DetectionClassifier;
import org.scorekit.tabular.metrics.LogisticClassifier;
import org.scorekit.tabular.metrics.Mle;
import org.scorekit.tabular.metrics.PairScore;
import org.scorekit.tabular.metrics.PrecisionRecall;
import org.scorekit.tabular.metrics.Scores;
import org.scorekit.tabular.metrics.Shape;
import org.scorekit.tabular.metrics.Trend;
import org.scorekit.tabular.metrics.XgboostClassifier;

/**
 * Grades a synthetic table by the field's protocol (spec/tabular-protocol.md §3): the metrics of
 * an {@link EvaluationInput}, in the order of {@link EvaluationMetric}, after
 * {@link EvaluationInput#check()}. A seeded metric runs once per seed s = seed, seed + 1, ...,
 * with {@code Rng.of(s).fork(label)}, so that every number is reproducible and no metric's
 * randomness depends on which others ran.
 *
 * <pre>{@code
 * EvaluationResult r = Evaluation.run(new EvaluationInput(train, synthetic, Optional.of(test),
 *         Optional.empty(), EvaluationInput.applicable(train, true, false), 0, 1),
 *         EvaluationListener.SILENT);
 * double shapeError = 100 * (1 - r.summary().get("shape"));
 * }</pre>
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** Checks the input, then computes its metrics. */
    public static EvaluationResult run(EvaluationInput in, EvaluationListener listener) {
        in.check();
        Map<EvaluationMetric, Double> seconds = new EnumMap<>(EvaluationMetric.class);
        var shape = in.metrics().contains(EvaluationMetric.SHAPE)
                ? Optional.of(timed(EvaluationMetric.SHAPE, "Shape (column marginals)", 0, listener,
                        seconds, () -> Shape.compute(in.real(), in.synthetic())))
                : Optional.<Scores<ColumnScore>>empty();
        var trend = in.metrics().contains(EvaluationMetric.TREND)
                ? Optional.of(timed(EvaluationMetric.TREND, "Trend (column pairs)", 0, listener,
                        seconds, () -> Trend.compute(in.real(), in.synthetic())))
                : Optional.<Scores<PairScore>>empty();
        var alphaBeta = in.metrics().contains(EvaluationMetric.ALPHA_BETA)
                ? Optional.of(timed(EvaluationMetric.ALPHA_BETA, "α-precision and β-recall", 0,
                        listener, seconds, () -> AlphaPrecision.compute(in.real(), in.synthetic())))
                : Optional.<PrecisionRecall>empty();
        List<Detection.Result> logistic = detection(in, EvaluationMetric.C2ST_LOGISTIC,
                new LogisticClassifier(), listener, seconds);
        List<Detection.Result> xgboost = detection(in, EvaluationMetric.C2ST_XGBOOST,
                new XgboostClassifier(), listener, seconds);
        List<Mle.Result> mle = new ArrayList<>();
        List<Mle.Result> mleReal = new ArrayList<>();
        if (in.metrics().contains(EvaluationMetric.MLE)) {
            timed(EvaluationMetric.MLE, "MLE (XGBoost grid, synthetic and real training tables)",
                    2 * in.seeds() * Mle.GRID.size() / 3, listener, seconds, () -> {
                        for (int k = 0; k < in.seeds(); k++) {
                            Rng rng = Rng.of(in.seed() + k).fork(EvaluationMetric.MLE.label());
                            mle.add(Mle.compute(in.synthetic(), in.test().orElseThrow(), rng,
                                    listener::advanced));
                            mleReal.add(Mle.compute(in.real(), in.test().orElseThrow(), rng,
                                    listener::advanced));
                        }
                        return mle;
                    });
        }
        var dcr = in.metrics().contains(EvaluationMetric.DCR)
                ? Optional.of(timed(EvaluationMetric.DCR, "DCR (train and holdout halves)", 0,
                        listener, seconds, () -> Dcr.compute(in.real(), in.holdout().orElseThrow(),
                                in.synthetic())))
                : Optional.<Dcr.Result>empty();
        return new EvaluationResult(in, shape, trend, alphaBeta, logistic, xgboost, mle, mleReal,
                dcr, seconds);
    }

    private static List<Detection.Result> detection(EvaluationInput in, EvaluationMetric metric,
                                                    DetectionClassifier classifier,
                                                    EvaluationListener listener,
                                                    Map<EvaluationMetric, Double> seconds) {
        List<Detection.Result> out = new ArrayList<>();
        if (in.metrics().contains(metric)) {
            timed(metric, "C2ST with " + classifier.name() + " (" + Detection.FOLDS + " folds)",
                    in.seeds(), listener, seconds, () -> {
                        for (int k = 0; k < in.seeds(); k++) {
                            out.add(Detection.compute(in.real(), in.synthetic(), classifier,
                                    Rng.of(in.seed() + k).fork(metric.label())));
                            listener.advanced();
                        }
                        return out;
                    });
        }
        return out;
    }

    private static <T> T timed(EvaluationMetric metric, String description, int units,
                               EvaluationListener listener, Map<EvaluationMetric, Double> seconds,
                               Supplier<T> work) {
        listener.stage(description, units);
        long start = System.nanoTime();
        T out = work.get();
        seconds.put(metric, (System.nanoTime() - start) / 1e9);
        return out;
    }
}
