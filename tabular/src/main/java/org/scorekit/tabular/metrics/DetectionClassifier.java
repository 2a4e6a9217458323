package org.scorekit.tabular.metrics;

import org.scorekit.linalg.Matrix;

/**
 * The classifier inside a {@link Detection} (C2ST) fold: fitted on the training folds' rows,
 * it scores the held-out rows. Implementations: {@link LogisticClassifier} (SDMetrics'
 * LogisticDetection pipeline) and {@link XgboostClassifier} (the gradient-boosted variant).
 */
public interface DetectionClassifier {
    /** A stable name for outputs, e.g. {@code "logistic"}. */
    String name();

    /**
     * Fits on {@code train} (n × p, NaN where missing) with labels {@code isReal} and returns
     * the predicted probability of "real" for each row of {@code test} (m × p).
     */
    double[] fitPredict(Matrix train, boolean[] isReal, Matrix test);
}
