package org.scorekit.tabular.metrics;

import org.scorekit.linalg.Matrix;

/**
 * SDMetrics' LogisticDetection classifier (spec/tabular-protocol.md §3.4): mean imputation and
 * robust scaling ({@link RobustScaling}) fitted on the training rows, then
 * {@link LogisticRegression} with C = 1.
 */
public final class LogisticClassifier implements DetectionClassifier {
    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public double[] fitPredict(Matrix train, boolean[] isReal, Matrix test) {
        RobustScaling scaling = RobustScaling.fit(train);
        LogisticRegression model = LogisticRegression.fit(scaling.apply(train), isReal, 1.0);
        return model.probabilities(scaling.apply(test));
    }
}
