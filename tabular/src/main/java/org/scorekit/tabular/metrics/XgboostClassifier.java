package org.scorekit.tabular.metrics;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.scorekit.linalg.Matrix;

/**
 * The gradient-boosted detection classifier (spec/tabular-protocol.md §3.4, TabPC's variant):
 * XGBoost with the log-loss objective and the scikit-learn wrapper's defaults (100 rounds,
 * depth 6, learning rate 0.3, histogram trees), seed 0. NaN is XGBoost's missing value, so no
 * imputation; trees are invariant to the monotone scaler, so none. One XGBoost thread per fit:
 * {@link Detection} runs the folds in parallel, and the result does not depend on the thread
 * count. Features enter in single precision, as XGBoost stores them.
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
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("max_depth", 6);
        params.put("eta", 0.3);
        params.put("tree_method", "hist");
        params.put("seed", 0);
        params.put("nthread", 1);
        params.put("verbosity", 0);
        DMatrix trainRows = null;
        DMatrix testRows = null;
        Booster booster = null;
        try {
            trainRows = matrix(train);
            float[] labels = new float[isReal.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = isReal[i] ? 1 : 0;
            }
            trainRows.setLabel(labels);
            booster = XGBoost.train(trainRows, params, ROUNDS, new HashMap<>(), null, null);
            testRows = matrix(test);
            float[][] predicted = booster.predict(testRows);
            double[] out = new double[predicted.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = predicted[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } finally {
            dispose(trainRows, testRows, booster);
        }
    }

    private static DMatrix matrix(Matrix x) throws XGBoostError {
        double[] a = x.data();
        float[] data = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            data[i] = (float) a[i];
        }
        return new DMatrix(data, x.rows(), x.cols(), Float.NaN);
    }

    private static void dispose(DMatrix trainRows, DMatrix testRows, Booster booster) {
        if (trainRows != null) {
            trainRows.dispose();
        }
        if (testRows != null) {
            testRows.dispose();
        }
        if (booster != null) {
            booster.dispose();
        }
    }
}
