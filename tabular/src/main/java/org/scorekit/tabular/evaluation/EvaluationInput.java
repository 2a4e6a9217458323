package org.scorekit.tabular.evaluation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.scorekit.checks.Checks;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.metrics.Detection;

/**
 * What to evaluate: the real reference table (the train split; for DCR the train half), the
 * synthetic table, the optional real test table (MLE) and holdout table (DCR), all typed with
 * the real table's schema, the metrics and the seeds of the seeded metrics.
 *
 * @param real      the real reference table
 * @param synthetic the synthetic table
 * @param test      the real test split, for MLE
 * @param holdout   the real holdout half, for DCR
 * @param metrics   the metrics to compute
 * @param seed      the first seed of the seeded metrics
 * @param seeds     how many seeds the seeded metrics are repeated with (seed, seed + 1, ...)
 */
public record EvaluationInput(Table real, Table synthetic, Optional<Table> test,
                              Optional<Table> holdout, Set<EvaluationMetric> metrics, long seed,
                              int seeds) {
    /** The smallest training table of MLE: a ninth is held out for validation. */
    static final int MLE_MIN_ROWS = 9;

    public EvaluationInput {
        metrics = metrics.isEmpty() ? EnumSet.noneOf(EvaluationMetric.class) : EnumSet.copyOf(metrics);
    }

    /**
     * The metrics that apply when none are asked for: all of them, MLE only with a test table
     * and a target column, DCR only with a holdout table.
     */
    public static Set<EvaluationMetric> applicable(Table real, boolean test, boolean holdout) {
        Set<EvaluationMetric> out = EnumSet.allOf(EvaluationMetric.class);
        boolean target = real.columns().stream().anyMatch(c -> c.type() == ColumnType.TARGET);
        if (!test || !target) {
            out.remove(EvaluationMetric.MLE);
        }
        if (!holdout) {
            out.remove(EvaluationMetric.DCR);
        }
        return out;
    }

    /**
     * Checks everything that can be checked before any metric runs, naming the table and the
     * metric: the columns of every table, the row counts each metric needs, numbers within
     * single precision, the categories α/β needs to know, the tables MLE and DCR need and the
     * seed count.
     */
    public void check() {
        Checks.require(!metrics.isEmpty(), "metrics must name at least one metric");
        Checks.require(seeds >= 1 && seeds <= 1000, "seeds must be in [1, 1000]: " + seeds);
        real.requireSameColumns(synthetic, "the synthetic table");
        requireSinglePrecision(real);
        requireSinglePrecision(synthetic);
        test.ifPresent(EvaluationInput::requireSinglePrecision);
        holdout.ifPresent(EvaluationInput::requireSinglePrecision);
        if (metrics.contains(EvaluationMetric.C2ST_LOGISTIC)
                || metrics.contains(EvaluationMetric.C2ST_XGBOOST)) {
            requireRows(Detection.FOLDS, "c2st (one row per fold)");
        }
        if (metrics.contains(EvaluationMetric.ALPHA_BETA)) {
            requireRows(2, "alpha-beta");
        }
        if (metrics.contains(EvaluationMetric.ALPHA_BETA)) {
            real.requireKnownCategories(synthetic, "the synthetic table", "α-precision/β-recall");
        }
        if (metrics.contains(EvaluationMetric.MLE)) {
            Checks.require(test.isPresent(), "mle needs the real test table (--test)");
            real.requireSameColumns(test.get(), "the test table");
            requireRows(MLE_MIN_ROWS, "mle (a ninth of each training table is held out)");
            Checks.require(real.columns().stream().anyMatch(c -> c.type() == ColumnType.TARGET),
                    "mle needs a target column (--target or the schema's target)");
        }
        if (metrics.contains(EvaluationMetric.DCR)) {
            Checks.require(holdout.isPresent(), "dcr needs the real holdout table (--holdout)");
            real.requireSameColumns(holdout.get(), "the holdout table");
        }
    }

    private void requireRows(int rows, String metric) {
        for (Table t : new Table[] {real, synthetic}) {
            Checks.require(t.rows() >= rows, t.source() + ": " + metric + " needs at least " + rows
                    + " rows in the " + (t == real ? "real" : "synthetic") + " table, got " + t.rows());
        }
    }

    /**
     * XGBoost (C2ST and MLE) reads single precision, as the reference's float32 cast does; a
     * larger number would become infinite there and overflow the other metrics' sums.
     */
    private static void requireSinglePrecision(Table table) {
        for (Column c : table.columns()) {
            if (c.type() != ColumnType.NUMERICAL) {
                continue;
            }
            double[] v = c.numbers();
            for (int i = 0; i < v.length; i++) {
                Checks.require(!(Math.abs(v[i]) > Float.MAX_VALUE), table.row(i) + " (column "
                        + Checks.quoted(c.name()) + "): expected a number of magnitude at most "
                        + Float.MAX_VALUE + " (single precision, as XGBoost reads it), got " + v[i]);
            }
        }
    }
}
