package org.scorekit.tabular.metrics;

import java.util.List;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * A table in DCR's feature space (spec/tabular-protocol.md §3.6), column-major: each numerical
 * column divided by (max − min) of the train column (no centring; a missing number becomes the
 * train column's mean, a constant column is divided by 1), and each categorical column (target
 * included) as a code into the union of the categories of all tables compared, so that two
 * different categories are one-hot vectors at L1 distance 2.
 *
 * @param numbers per numerical column, the scaled values
 * @param codes   per categorical column, the union code of each row
 * @param rows    the number of rows
 */
record DcrFeatures(double[][] numbers, int[][] codes, int rows) {
    /** The features of each table, scaled by {@code tables[0]} (the train table). */
    static DcrFeatures[] of(Table... tables) {
        List<Column> train = tables[0].evaluationLayout();
        int numerical = (int) train.stream().filter(c -> c.type() == ColumnType.NUMERICAL).count();
        DcrFeatures[] out = new DcrFeatures[tables.length];
        for (int t = 0; t < tables.length; t++) {
            out[t] = new DcrFeatures(new double[numerical][], new int[train.size() - numerical][],
                    tables[t].rows());
        }
        int n = 0;
        int c = 0;
        for (int j = 0; j < train.size(); j++) {
            if (train.get(j).type() == ColumnType.NUMERICAL) {
                scaleNumbers(tables, j, out, n++);
            } else {
                unionCodes(tables, j, out, c++);
            }
        }
        return out;
    }

    private static void scaleNumbers(Table[] tables, int j, DcrFeatures[] out, int k) {
        double[] train = tables[0].evaluationLayout().get(j).numbers();
        double fill = MissingNumbers.mean(train);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : MissingNumbers.filled(train, fill)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max > min ? max - min : 1.0;
        for (int t = 0; t < tables.length; t++) {
            double[] v = MissingNumbers.filled(tables[t].evaluationLayout().get(j).numbers(), fill);
            for (int i = 0; i < v.length; i++) {
                v[i] /= range;
            }
            out[t].numbers[k] = v;
        }
    }

    private static void unionCodes(Table[] tables, int j, DcrFeatures[] out, int k) {
        CategoryUnion union = new CategoryUnion();
        for (int t = 0; t < tables.length; t++) {
            out[t].codes[k] = union.codes(tables[t].evaluationLayout().get(j));
        }
    }
}
