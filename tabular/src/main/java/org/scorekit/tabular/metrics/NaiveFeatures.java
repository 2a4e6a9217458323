package org.scorekit.tabular.metrics;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.linalg.Matrix;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * The feature matrices of the naive α-precision / β-recall (spec/tabular-protocol.md §3.3,
 * input steps 1–5): the numerical columns as they are (a missing number replaced by the real
 * column's mean), then one indicator column per category of each categorical column (target
 * included) that occurs in the real table, categories in String order; the very last indicator
 * column is dropped (synthcity's loader takes it for a target); finally every column is min-max
 * scaled by the real table's min and max (a constant column: shifted by its min only, as
 * scikit-learn's MinMaxScaler does).
 *
 * @param real      n × p
 * @param synthetic n' × p
 */
public record NaiveFeatures(Matrix real, Matrix synthetic) {
    /** Both tables' features. Fails on a synthetic category the real table lacks. */
    public static NaiveFeatures of(Table real, Table synthetic) {
        real.requireKnownCategories(synthetic, "the synthetic table", "α-precision/β-recall");
        List<double[]> realColumns = new ArrayList<>();
        List<double[]> syntheticColumns = new ArrayList<>();
        List<Column> r = real.evaluationLayout();
        List<Column> s = synthetic.evaluationLayout();
        for (int j = 0; j < r.size(); j++) {
            if (r.get(j).type() == ColumnType.NUMERICAL) {
                double mean = MissingNumbers.mean(r.get(j).numbers());
                realColumns.add(MissingNumbers.filled(r.get(j).numbers(), mean));
                syntheticColumns.add(MissingNumbers.filled(s.get(j).numbers(), mean));
            } else {
                OneHot.of(r.get(j), s.get(j)).addColumns(realColumns, syntheticColumns);
            }
        }
        realColumns.remove(realColumns.size() - 1);
        syntheticColumns.remove(syntheticColumns.size() - 1);
        for (int k = 0; k < realColumns.size(); k++) {
            minMaxScaleInPlace(realColumns.get(k), syntheticColumns.get(k));
        }
        return new NaiveFeatures(rowMajor(realColumns, real.rows()),
                rowMajor(syntheticColumns, synthetic.rows()));
    }

    private static void minMaxScaleInPlace(double[] real, double[] synthetic) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : real) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max > min ? max - min : 1.0;
        for (double[] column : new double[][] {real, synthetic}) {
            for (int i = 0; i < column.length; i++) {
                column[i] = (column[i] - min) / range;
            }
        }
    }

    static Matrix rowMajor(List<double[]> columns, int rows) {
        int p = columns.size();
        Matrix m = Matrix.zeros(rows, p);
        double[] data = m.data();
        for (int k = 0; k < p; k++) {
            double[] column = columns.get(k);
            for (int i = 0; i < rows; i++) {
                data[i * p + k] = column[i];
            }
        }
        return m;
    }
}
