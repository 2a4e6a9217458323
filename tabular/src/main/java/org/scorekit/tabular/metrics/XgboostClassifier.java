package org.scorekit.tabular.metrics;

import java.util.Map;
import org.scorekit.linalg.Matrix;

/**
 * The gradient-boosted detection classifier (spec/tabular-protocol.md §3.4, TabPC's variant):
 * XGBoost with the log-loss objective and the scikit-learn wrapper's defaults (100 rounds,
 * depth 6, learning rate 0.3, histogram trees), seed 0. NaN is XGBoost's missing value, so no
 * imputation; trees are invariant to the monotone scaler, so none. One XGBoost thread per fit
 * ({@link Boosting}): {@link Detection} runs the folds in parallel, and the result does not
 * depend on the thread count.
 */
public final class XgboostClassifier implements DetectionClassifier {
    /** Boosting rounds (XGBClassifier's n_estimators default). */
    public static final int ROUNDS = 100;

    @Override
    public String name() {
        return "xgboost";
    }

    @Override
    public double[] fitPredict(Matrix train, boolean[] isReal, Matrix test) {
        float[] labels = new float[isReal.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = isReal[i] ? 1 : 0;
        }
        Map<String, Object> params = Map.of("objective", "binary:logistic", "max_depth", 6,
                "eta", 0.3);
        float[][] predicted = Boosting.fitPredict(params, train, labels, ROUNDS, test,
                (booster, rows) -> booster.predict(rows));
        double[] out = new double[predicted.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = predicted[i][0];
        }
        return out;
    }
}
