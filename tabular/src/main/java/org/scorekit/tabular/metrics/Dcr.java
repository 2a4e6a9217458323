package org.scorekit.tabular.metrics;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Parallel;
import org.scorekit.tabular.Table;

/**
 * TabSyn's DCR score (spec/tabular-protocol.md §3.6) on the 50/50 split: for each synthetic
 * row, d_train = the smallest L1 distance to a train row and d_hold = the smallest to a holdout
 * row, in {@link DcrFeatures} (numbers / train range, a category mismatch adds 2; a synthetic
 * category absent from both real tables mismatches every row). Score = the fraction of
 * synthetic rows with d_train &lt; d_hold (strict: ties count for the holdout); the ideal is
 * #train / (#train + #holdout) = 0.5, larger means copying the train rows.
 *
 * <p>The L1 distance is not an inner product, so the search runs in blocks: a block of
 * {@link #QUERY_ROWS} synthetic rows against a tile of {@link #REFERENCE_ROWS} real rows,
 * feature by feature over contiguous column slices. Each synthetic row's result depends only
 * on that row, never on the thread count.
 */
public final class Dcr {
    /** Synthetic rows per block (the unit of parallel work). */
    static final int QUERY_ROWS = 64;
    /** Real rows per tile. */
    static final int REFERENCE_ROWS = 1024;

    private Dcr() {
    }

    /**
     * The score and both distances of every synthetic row.
     *
     * @param score     fraction of synthetic rows closer to train than to holdout
     * @param toTrain   d_train per synthetic row
     * @param toHoldout d_hold per synthetic row
     */
    public record Result(double score, double[] toTrain, double[] toHoldout) {
    }

    /** DCR of {@code synthetic} against the train and holdout halves (same columns). */
    public static Result compute(Table train, Table holdout, Table synthetic) {
        train.requireSameColumns(holdout, "the holdout table");
        train.requireSameColumns(synthetic, "the synthetic table");
        Checks.require(synthetic.rows() > 0, "the synthetic table must have rows: 0");
        DcrFeatures[] f = DcrFeatures.of(train, holdout, synthetic);
        double[] toTrain = nearestL1(f[2], f[0]);
        double[] toHoldout = nearestL1(f[2], f[1]);
        int closerToTrain = 0;
        for (int i = 0; i < toTrain.length; i++) {
            closerToTrain += toTrain[i] < toHoldout[i] ? 1 : 0;
        }
        return new Result((double) closerToTrain / toTrain.length, toTrain, toHoldout);
    }

    /** For each query row, min over reference rows of the L1 distance. */
    static double[] nearestL1(DcrFeatures queries, DcrFeatures reference) {
        int n = queries.rows();
        double[] out = new double[n];
        Arrays.fill(out, Double.POSITIVE_INFINITY);
        Parallel.forEachChunk(Parallel.chunkCount(n, QUERY_ROWS), chunk -> {
            int from = chunk * QUERY_ROWS;
            int to = Math.min(n, from + QUERY_ROWS);
            double[] distances = new double[REFERENCE_ROWS];
            for (int start = 0; start < reference.rows(); start += REFERENCE_ROWS) {
                int width = Math.min(REFERENCE_ROWS, reference.rows() - start);
                for (int q = from; q < to; q++) {
                    tile(queries, q, reference, start, width, distances);
                    for (int t = 0; t < width; t++) {
                        out[q] = Math.min(out[q], distances[t]);
                    }
                }
            }
        });
        return out;
    }

    /** distances[t] = L1 distance of query row q to reference row start + t. */
    private static void tile(DcrFeatures queries, int q, DcrFeatures reference, int start, int width,
                             double[] distances) {
        Arrays.fill(distances, 0, width, 0.0);
        for (int k = 0; k < reference.numbers().length; k++) {
            double v = queries.numbers()[k][q];
            double[] column = reference.numbers()[k];
            for (int t = 0; t < width; t++) {
                distances[t] += Math.abs(v - column[start + t]);
            }
        }
        for (int k = 0; k < reference.codes().length; k++) {
            int code = queries.codes()[k][q];
            int[] column = reference.codes()[k];
            for (int t = 0; t < width; t++) {
                distances[t] += column[start + t] == code ? 0.0 : 2.0;
            }
        }
    }
}
