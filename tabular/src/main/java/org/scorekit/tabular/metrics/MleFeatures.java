package org.scorekit.tabular.metrics;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * TabSyn's MLE feature transform (spec/tabular-protocol.md §3.5, tabsyn eval/mle/mle.py), in the
 * table's original column order, fitted on the training table and applied to the test table:
 * <ul>
 *   <li>the target is label-encoded over the training table's classes in String order;</li>
 *   <li>numerical columns, quirk kept: the bounds cmin, cmax come from the first numerical
 *       column (and are taken again from the next one while they are 0, as the reference's
 *       {@code if not cmin} does), are reused for every numerical column and for the test
 *       table, and when cmin ≥ 0 and cmax ≥ 10³ every numerical column becomes
 *       log(max(x, 0.01)), otherwise 5 (x − cmin) / (cmax − cmin) (span 1 when cmax = cmin, an
 *       overflow saturated at ±Float.MAX_VALUE: project decisions where the reference's
 *       XGBoost fails); values are cast to single precision first, as the reference does;
 *       a missing value stays NaN (XGBoost's missing) and is skipped when the bounds are
 *       taken;</li>
 *   <li>categorical columns are one-hot over the training table's categories in String order;
 *       a test category the training table lacks encodes as all zeros (scikit-learn's
 *       {@code handle_unknown='ignore'}).</li>
 * </ul>
 *
 * @param train       the training rows' features
 * @param trainLabels the training rows' class indices into {@code classes}
 * @param test        the test rows' features
 * @param testLabels  the test rows' class indices into {@code classes}
 * @param classes     the target classes: the training table's, then (at the end) the test
 *                    classes the training table lacks, which no model can predict
 * @param trainClassCount how many leading entries of {@code classes} occur in the training table
 */
record MleFeatures(Matrix train, int[] trainLabels, Matrix test, int[] testLabels,
                   List<String> classes, int trainClassCount) {
    /** The threshold on cmax above which (with cmin ≥ 0) numbers are log-transformed. */
    static final double LOG_THRESHOLD = 1e3;
    /** The floor of the log transform. */
    static final double LOG_FLOOR = 1e-2;

    /** The features of {@code train} and {@code test} (same columns, one target column). */
    static MleFeatures of(Table train, Table test) {
        train.requireSameColumns(test, "the test table");
        List<Column> trainColumns = train.columns();
        List<Column> testColumns = test.columns();
        long targets = trainColumns.stream().filter(c -> c.type() == ColumnType.TARGET).count();
        Checks.require(targets == 1, "MLE needs exactly one target column, got " + targets
                + " (name it with --target or in the schema)");
        List<String> classes = new ArrayList<>();
        for (Column c : trainColumns) {
            if (c.type() == ColumnType.TARGET) {
                classes.addAll(c.occurring());
            }
        }
        int trainClasses = classes.size();
        float[] bounds = {0, 0};
        Encoded encodedTrain = encode(trainColumns, train, classes, bounds);
        // the test pass starts from the training pass's final bounds, as the reference does
        Encoded encodedTest = encode(testColumns, train, classes, bounds);
        Checks.require(!encodedTrain.features().isEmpty(),
                "MLE needs at least one feature column besides the target");
        return new MleFeatures(NaiveFeatures.rowMajor(encodedTrain.features(), train.rows()),
                encodedTrain.labels(), NaiveFeatures.rowMajor(encodedTest.features(), test.rows()),
                encodedTest.labels(), List.copyOf(classes), trainClasses);
    }

    private record Encoded(List<double[]> features, int[] labels) {
    }

    /**
     * One pass of the reference's transform over {@code columns}, with the categories of
     * {@code fitted} (the training table); {@code bounds} evolve as the pass goes, and
     * classes of the target that {@code classes} lacks are appended to it.
     */
    private static Encoded encode(List<Column> columns, Table fitted, List<String> classes,
                                  float[] bounds) {
        List<double[]> features = new ArrayList<>();
        int[] labels = null;
        for (Column c : columns) {
            switch (c.type()) {
                case TARGET -> {
                    for (String level : c.occurring()) {
                        if (!classes.contains(level)) {
                            classes.add(level);
                        }
                    }
                    labels = labels(c, classes);
                }
                case NUMERICAL -> {
                    float[] x = singles(c);
                    updateBounds(bounds, x);
                    features.add(numbers(x, bounds));
                }
                default -> {
                    for (String category : fitted.column(c.name()).occurring()) {
                        features.add(OneHot.indicator(c, category));
                    }
                }
            }
        }
        return new Encoded(features, labels);
    }

    /**
     * The reference's {@code if not cmin: cmin = col.min()} (and so for cmax): a bound is taken
     * from a column only while it is 0. Missing values are skipped (project decision: numpy's
     * min would turn every bound NaN); a column without values leaves the bounds as they are.
     */
    private static void updateBounds(float[] bounds, float[] x) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            if (!Float.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return;
        }
        if (bounds[0] == 0) {
            bounds[0] = min;
        }
        if (bounds[1] == 0) {
            bounds[1] = max;
        }
    }

    private static double[] numbers(float[] x, float[] bounds) {
        float cmin = bounds[0];
        float cmax = bounds[1];
        boolean log = cmin >= 0 && cmax >= LOG_THRESHOLD;
        // a constant first column makes the reference divide by zero, and its XGBoost refuse
        // the infinities: project decision, the span is then 1
        float span = cmax > cmin ? cmax - cmin : 1f;
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = log ? (float) Math.log(Math.max(x[i], (float) LOG_FLOOR))
                    : saturated((x[i] - cmin) / span * 5f);
        }
        return out;
    }

    /**
     * v within single precision: an overflow becomes ±Float.MAX_VALUE, which keeps the order
     * the trees split on (XGBoost refuses infinities); NaN stays missing.
     */
    private static float saturated(float v) {
        return Math.max(-Float.MAX_VALUE, Math.min(Float.MAX_VALUE, v));
    }

    private static float[] singles(Column c) {
        double[] v = c.numbers();
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }

    private static int[] labels(Column c, List<String> classes) {
        int[] toClass = new int[c.levels().size()];
        for (int k = 0; k < toClass.length; k++) {
            toClass[k] = classes.indexOf(c.levels().get(k));
        }
        int[] codes = c.codes();
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = toClass[codes[i]];
        }
        return out;
    }
}
