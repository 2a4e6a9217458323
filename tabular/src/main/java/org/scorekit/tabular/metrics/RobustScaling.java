package org.scorekit.tabular.metrics;

import org.scorekit.linalg.Matrix;

/**
 * scikit-learn's SimpleImputer (mean) followed by RobustScaler, fitted on training rows:
 * x ← (x, or the column mean where x is NaN, − median) / (q75 − q25), numpy's linear
 * percentiles; a column with q75 = q25 is only centred.
 *
 * @param means   the fitted column means (of the present values)
 * @param medians the medians after imputation
 * @param scales  the interquartile ranges (1 where zero)
 */
record RobustScaling(double[] means, double[] medians, double[] scales) {
    private static final double[] QUARTILES = {0.25, 0.5, 0.75};

    static RobustScaling fit(Matrix x) {
        int p = x.cols();
        double[] means = new double[p];
        double[] medians = new double[p];
        double[] scales = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = x.column(j);
            means[j] = MissingNumbers.mean(column);
            double[] q = AlphaPrecision.quantiles(MissingNumbers.filled(column, means[j]), QUARTILES);
            medians[j] = q[1];
            scales[j] = q[2] > q[0] ? q[2] - q[0] : 1.0;
        }
        return new RobustScaling(means, medians, scales);
    }

    /** The imputed and scaled copy of x. */
    Matrix apply(Matrix x) {
        int p = x.cols();
        Matrix out = Matrix.zeros(x.rows(), p);
        double[] a = x.data();
        double[] o = out.data();
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < p; j++) {
                double v = Double.isNaN(a[i * p + j]) ? means[j] : a[i * p + j];
                o[i * p + j] = (v - medians[j]) / scales[j];
            }
        }
        return out;
    }
}
