package org.scorekit.tabular.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.scorekit.linalg.Matrix;
import org.scorekit.tabular.Cells;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * The input of SDMetrics' detection metrics (spec/tabular-protocol.md §3.4), where a column's
 * encoding follows its storage type as pandas would read it from CSV: a numerical column, and a
 * categorical column whose categories are all numbers (Credit Default's integer codes; pandas
 * reads such columns as int or float), pass through as numbers; a column of booleans becomes
 * 1/0; any other categorical column is one-hot encoded over the categories of both tables. A missing cell of a passed-through column is NaN (the
 * classifier's pipeline imputes it). Rows: the real table's, then the synthetic table's.
 */
final class DetectionFeatures {
    private DetectionFeatures() {
    }

    /** The (n_real + n_synthetic) × p feature matrix. */
    static Matrix of(Table real, Table synthetic) {
        real.requireSameColumns(synthetic, "the synthetic table");
        List<double[]> columns = new ArrayList<>();
        List<Column> r = real.evaluationLayout();
        List<Column> s = synthetic.evaluationLayout();
        for (int j = 0; j < r.size(); j++) {
            if (r.get(j).type() == ColumnType.NUMERICAL) {
                columns.add(concat(r.get(j).numbers(), s.get(j).numbers()));
            } else {
                addCategorical(r.get(j), s.get(j), columns);
            }
        }
        return NaiveFeatures.rowMajor(columns, real.rows() + synthetic.rows());
    }

    private static void addCategorical(Column real, Column synthetic, List<double[]> columns) {
        TreeSet<String> categories = new TreeSet<>(real.occurring());
        categories.addAll(synthetic.occurring());
        categories.remove(Cells.MISSING);
        boolean numbers = categories.stream().noneMatch(c -> Double.isNaN(Cells.number(c)));
        boolean booleans = categories.stream().allMatch(c -> c.equals("true") || c.equals("false"));
        if (numbers || booleans) {
            columns.add(concat(values(real), values(synthetic)));
            return;
        }
        categories.addAll(real.occurring());
        categories.addAll(synthetic.occurring());
        for (String category : categories) {
            columns.add(concat(OneHot.indicator(real, category),
                    OneHot.indicator(synthetic, category)));
        }
    }

    /** A category as a number: its integer value, 1 for true, 0 for false, NaN if missing. */
    private static double[] values(Column column) {
        int[] codes = column.codes();
        double[] out = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            String c = column.levels().get(codes[i]);
            out[i] = c.equals(Cells.MISSING) ? Double.NaN
                    : c.equals("true") ? 1 : c.equals("false") ? 0 : Cells.number(c);
        }
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
