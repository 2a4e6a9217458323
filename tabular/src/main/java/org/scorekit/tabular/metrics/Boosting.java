package org.scorekit.tabular.metrics;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.scorekit.linalg.Matrix;

/**
 * XGBoost4J for the metrics: features enter in single precision (as XGBoost stores them) with
 * NaN as the missing value, every fit runs on one XGBoost thread with seed 0 (the metrics run
 * fits in parallel, so no result depends on the thread count), and the native objects are
 * disposed when a fit is done.
 */
final class Boosting {
    private Boosting() {
    }

    /**
     * Trains on {@code train} with labels {@code labels} for {@code rounds} rounds and returns
     * what {@code predict} reads from the booster on {@code test}.
     */
    static <T> T fitPredict(Map<String, Object> params, Matrix train, float[] labels, int rounds,
                            Matrix test, Reader<T> predict) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("tree_method", "hist");
        all.put("seed", 0);
        all.put("nthread", 1);
        all.put("verbosity", 0);
        DMatrix trainRows = null;
        DMatrix testRows = null;
        Booster booster = null;
        try {
            trainRows = matrix(train);
            trainRows.setLabel(labels);
            booster = XGBoost.train(trainRows, all, rounds, new HashMap<>(), null, null);
            testRows = matrix(test);
            return predict.read(booster, testRows);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } finally {
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

    /** Reads predictions from a trained booster. */
    interface Reader<T> {
        T read(Booster booster, DMatrix rows) throws XGBoostError;
    }

    private static DMatrix matrix(Matrix x) throws XGBoostError {
        double[] a = x.data();
        float[] data = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            data[i] = (float) a[i];
        }
        return new DMatrix(data, x.rows(), x.cols(), Float.NaN);
    }
}
