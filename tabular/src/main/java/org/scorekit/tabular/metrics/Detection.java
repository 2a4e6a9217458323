package org.scorekit.tabular.metrics;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Table;

/**
 * SDMetrics' detection metric, the C2ST (spec/tabular-protocol.md §3.4): label real rows 1 and
 * synthetic rows 0 on {@link DetectionFeatures}; in each of 3 stratified folds fit a
 * {@link DetectionClassifier} on the other two folds and take the ROC AUC of the held-out fold's
 * predicted probabilities; score = 1 − mean_k (2 · max(0.5, AUC_k) − 1): 1 when the tables
 * cannot be told apart, 0 when they separate perfectly. The reference shuffles its folds
 * unseeded; here the folds come from {@code rng} (project decision), so a score is reproducible.
 * The folds run in parallel, one per task, so the result does not depend on the thread count.
 */
public final class Detection {
    /** The number of folds. */
    public static final int FOLDS = 3;

    private Detection() {
    }

    /**
     * The score and the AUC of each fold.
     *
     * @param score  1 − mean (2 max(0.5, AUC) − 1)
     * @param foldAuc the held-out ROC AUC of each fold
     */
    public record Result(double score, double[] foldAuc) {
    }

    /** The C2ST of the two tables with the classifier; each needs at least {@link #FOLDS} rows. */
    public static Result compute(Table real, Table synthetic, DetectionClassifier classifier,
                                 Rng rng) {
        Checks.require(real.rows() >= FOLDS && synthetic.rows() >= FOLDS, "both tables must have "
                + "at least " + FOLDS + " rows: " + real.rows() + ", " + synthetic.rows());
        Matrix x = DetectionFeatures.of(real, synthetic);
        boolean[] isReal = new boolean[x.rows()];
        Arrays.fill(isReal, 0, real.rows(), true);
        int[] fold = stratifiedFolds(real.rows(), synthetic.rows(), rng);
        double[] auc = new double[FOLDS];
        Parallel.forEachChunk(FOLDS, k -> auc[k] = heldOutAuc(x, isReal, fold, k, classifier));
        double separation = 0;
        for (int k = 0; k < FOLDS; k++) {
            separation += 2 * Math.max(0.5, auc[k]) - 1;
        }
        return new Result(1 - separation / FOLDS, auc);
    }

    /** Fold of each row: each class permuted by its own fork, then dealt out in turn. */
    static int[] stratifiedFolds(int realRows, int syntheticRows, Rng rng) {
        int[] fold = new int[realRows + syntheticRows];
        int[] realOrder = rng.fork("real-folds").permutation(realRows);
        int[] syntheticOrder = rng.fork("synthetic-folds").permutation(syntheticRows);
        for (int i = 0; i < realRows; i++) {
            fold[realOrder[i]] = i % FOLDS;
        }
        for (int i = 0; i < syntheticRows; i++) {
            fold[realRows + syntheticOrder[i]] = i % FOLDS;
        }
        return fold;
    }

    private static double heldOutAuc(Matrix x, boolean[] isReal, int[] fold, int k,
                                     DetectionClassifier classifier) {
        int n = x.rows();
        int held = 0;
        for (int f : fold) {
            held += f == k ? 1 : 0;
        }
        int[] trainRows = new int[n - held];
        int[] testRows = new int[held];
        for (int i = 0, a = 0, b = 0; i < n; i++) {
            if (fold[i] == k) {
                testRows[b++] = i;
            } else {
                trainRows[a++] = i;
            }
        }
        boolean[] trainLabels = new boolean[trainRows.length];
        boolean[] testLabels = new boolean[testRows.length];
        for (int i = 0; i < trainRows.length; i++) {
            trainLabels[i] = isReal[trainRows[i]];
        }
        for (int i = 0; i < testRows.length; i++) {
            testLabels[i] = isReal[testRows[i]];
        }
        return RocAuc.of(classifier.fitPredict(x.selectRows(trainRows), trainLabels,
                        x.selectRows(testRows)),
                testLabels);
    }
}
