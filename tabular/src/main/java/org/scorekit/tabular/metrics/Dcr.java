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
 * #train / (#train + #holdout) = 0.5, larger means copying the train rows. Distance 0 means an
 * identical record: the exact-copy rate (synthetic rows equal to a train row) is read against the
 * holdout's own rate of rows equal to a train row.
 *
 * <p>The L1 distance is not an inner product, so the search runs in blocks: a block of
 * {@link #QUERY_ROWS} synthetic rows against a tile of {@link #REFERENCE_ROWS} real rows,
 * feature by feature over contiguous column slices. The categorical part is the sparse side of
 * the one-hot inner product: for each categorical column the reference holds one mismatch
 * column per category (0 where a row has that category, 2 elsewhere), and a query adds the
 * columns of its own categories, so every step is a plain vector add. Each synthetic row's
 * distances are summed in the same order (numbers, then categories, in column order), so its
 * result depends only on that row, never on the thread count.
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
     * @param score            fraction of synthetic rows closer to train than to holdout
     * @param toTrain          d_train per synthetic row
     * @param toHoldout        d_hold per synthetic row
     * @param holdoutToTrain   per holdout row, the smallest distance to a train row: the real
     *                         reference for {@link #exactCopies}
     */
    public record Result(double score, double[] toTrain, double[] toHoldout,
                         double[] holdoutToTrain) {
        /** The exact-copy rate: the fraction of synthetic rows equal to some train row. */
        public double exactCopies() {
            return zeroFraction(toTrain);
        }

        /**
         * The real reference: the fraction of holdout rows equal to some train row, the rate
         * at which a fresh draw from the population repeats a train record.
         */
        public double holdoutCopies() {
            return zeroFraction(holdoutToTrain);
        }

        private static double zeroFraction(double[] distances) {
            return (double) Arrays.stream(distances).filter(d -> d == 0.0).count()
                    / distances.length;
        }
    }

    /** DCR of {@code synthetic} against the train and holdout halves (same columns). */
    public static Result compute(Table train, Table holdout, Table synthetic) {
        train.requireSameColumns(holdout, "the holdout table");
        train.requireSameColumns(synthetic, "the synthetic table");
        Checks.require(synthetic.rows() > 0, "the synthetic table must have rows: 0");
        DcrFeatures[] f = DcrFeatures.of(train, holdout, synthetic);
        double[] toTrain = nearestL1(f[2], f[0]);
        double[] toHoldout = nearestL1(f[2], f[1]);
        double[] holdoutToTrain = nearestL1(f[1], f[0]);
        int closerToTrain = 0;
        for (int i = 0; i < toTrain.length; i++) {
            closerToTrain += toTrain[i] < toHoldout[i] ? 1 : 0;
        }
        return new Result((double) closerToTrain / toTrain.length, toTrain, toHoldout,
                holdoutToTrain);
    }

    /** For each query row, min over reference rows of the L1 distance. */
    static double[] nearestL1(DcrFeatures queries, DcrFeatures reference) {
        int n = queries.rows();
        double[][][] mismatch = mismatchColumns(queries, reference);
        double[] out = new double[n];
        Arrays.fill(out, Double.POSITIVE_INFINITY);
        Parallel.forEachChunk(Parallel.chunkCount(n, QUERY_ROWS), chunk -> {
            int from = chunk * QUERY_ROWS;
            int to = Math.min(n, from + QUERY_ROWS);
            double[] distances = new double[REFERENCE_ROWS];
            for (int start = 0; start < reference.rows(); start += REFERENCE_ROWS) {
                int width = Math.min(REFERENCE_ROWS, reference.rows() - start);
                for (int q = from; q < to; q++) {
                    tile(queries, q, reference, mismatch, start, width, distances);
                    double min = out[q];
                    for (int t = 0; t < width; t++) {
                        min = Math.min(min, distances[t]);
                    }
                    out[q] = min;
                }
            }
        });
        return out;
    }

    /**
     * mismatch[k][c][t] = 0 where reference row t has category c in categorical column k, 2
     * elsewhere, for every category c of either table.
     */
    private static double[][][] mismatchColumns(DcrFeatures queries, DcrFeatures reference) {
        double[][][] out = new double[reference.codes().length][][];
        for (int k = 0; k < out.length; k++) {
            int[] codes = reference.codes()[k];
            int levels = 1 + Math.max(Arrays.stream(codes).max().orElse(0),
                    Arrays.stream(queries.codes()[k]).max().orElse(0));
            out[k] = new double[levels][codes.length];
            for (double[] column : out[k]) {
                Arrays.fill(column, 2.0);
            }
            for (int t = 0; t < codes.length; t++) {
                out[k][codes[t]][t] = 0.0;
            }
        }
        return out;
    }

    /**
     * distances[t] = L1 distance of query row q to reference row start + t: the terms of four
     * columns at a time are added left to right in one pass (Java's a + b + c is (a + b) + c),
     * the same sum as column by column with a quarter of the passes over distances.
     */
    private static void tile(DcrFeatures queries, int q, DcrFeatures reference,
                             double[][][] mismatch, int start, int width, double[] distances) {
        Arrays.fill(distances, 0, width, 0.0);
        double[][] numbers = reference.numbers();
        int k = 0;
        for (; k + 4 <= numbers.length; k += 4) {
            double v0 = queries.numbers()[k][q];
            double v1 = queries.numbers()[k + 1][q];
            double v2 = queries.numbers()[k + 2][q];
            double v3 = queries.numbers()[k + 3][q];
            double[] c0 = numbers[k];
            double[] c1 = numbers[k + 1];
            double[] c2 = numbers[k + 2];
            double[] c3 = numbers[k + 3];
            for (int t = 0; t < width; t++) {
                distances[t] = distances[t] + Math.abs(v0 - c0[start + t])
                        + Math.abs(v1 - c1[start + t]) + Math.abs(v2 - c2[start + t])
                        + Math.abs(v3 - c3[start + t]);
            }
        }
        for (; k < numbers.length; k++) {
            double v = queries.numbers()[k][q];
            double[] column = numbers[k];
            for (int t = 0; t < width; t++) {
                distances[t] += Math.abs(v - column[start + t]);
            }
        }
        addMismatches(queries, q, mismatch, start, width, distances);
    }

    /** distances[t] += 0 or 2 per categorical column, four columns a pass, left to right. */
    private static void addMismatches(DcrFeatures queries, int q, double[][][] mismatch,
                                      int start, int width, double[] distances) {
        int k = 0;
        for (; k + 4 <= mismatch.length; k += 4) {
            double[] c0 = mismatch[k][queries.codes()[k][q]];
            double[] c1 = mismatch[k + 1][queries.codes()[k + 1][q]];
            double[] c2 = mismatch[k + 2][queries.codes()[k + 2][q]];
            double[] c3 = mismatch[k + 3][queries.codes()[k + 3][q]];
            for (int t = 0; t < width; t++) {
                distances[t] = distances[t] + c0[start + t] + c1[start + t] + c2[start + t]
                        + c3[start + t];
            }
        }
        for (; k < mismatch.length; k++) {
            double[] column = mismatch[k][queries.codes()[k][q]];
            for (int t = 0; t < width; t++) {
                distances[t] += column[start + t];
            }
        }
    }
}
