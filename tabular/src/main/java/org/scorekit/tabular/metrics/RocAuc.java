package org.scorekit.tabular.metrics;

import java.util.Arrays;
import java.util.Comparator;
import org.scorekit.checks.Checks;

/**
 * The area under the ROC curve of scores for a binary label, by the Mann–Whitney statistic:
 * AUC = (Σ_{positives} rank − n₊(n₊ + 1)/2) / (n₊ n₋), ranks 1..n ascending with tied scores
 * sharing their average rank (scikit-learn's {@code roc_auc_score} gives the same value).
 */
final class RocAuc {
    private RocAuc() {
    }

    /** The AUC; both classes must occur. */
    static double of(double[] scores, boolean[] positive) {
        Checks.sameSize("labels", scores.length, positive.length);
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRanks = 0;
        long positives = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (positive[order[k]]) {
                    positiveRanks += averageRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = scores.length - positives;
        Checks.require(positives > 0 && negatives > 0, "labels must hold both classes: "
                + positives + " positive, " + negatives + " negative");
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
