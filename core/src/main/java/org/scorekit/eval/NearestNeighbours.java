package org.scorekit.eval;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;

/**
 * Euclidean distances from each query row to its k nearest reference rows, by brute force in
 * GEMM tiles: ‖x_i − y_j‖² = ‖x_i‖² + (‖y_j‖² − 2 x_i·y_j), where the bracket is computed for a
 * block of queries against a tile of references with one GEMM and the k smallest values per
 * query are kept in a running sorted list; ‖x_i‖² is added at the end. No n × m matrix exists.
 *
 * <p>Each query row's result depends only on that row, the reference and the fixed tile sizes,
 * never on the thread count. The expansion loses about ε·(‖x‖² + ‖y‖²) absolutely to
 * cancellation, so centre the data when distances are small against the norms; squared
 * distances that round below zero are clamped to zero.
 */
public final class NearestNeighbours {
    /** Query rows per block (the unit of parallel work). */
    public static final int QUERY_ROWS = 128;
    /** Reference rows per GEMM tile: a 128 × 1024 tile of doubles is 1 MiB. */
    public static final int REFERENCE_ROWS = 1024;

    private NearestNeighbours() {
    }

    /**
     * The distances from each row of {@code queries} (n × p) to its k nearest rows of
     * {@code reference} (m × p, m ≥ k), ascending: an n × k matrix.
     */
    public static Matrix distances(Matrix queries, Matrix reference, int k) {
        reference.requireCols("reference", queries.cols());
        Checks.positive("k", k);
        Checks.require(k <= reference.rows(),
                "k must be at most the number of reference rows " + reference.rows() + ": " + k);
        return search(queries, reference, k, false);
    }

    /**
     * The distances from each row of x (n × p) to its k nearest other rows of x (a row is not
     * its own neighbour; duplicates of it are), ascending: an n × k matrix, n &gt; k.
     */
    public static Matrix distancesWithinSet(Matrix x, int k) {
        Checks.positive("k", k);
        Checks.require(k < x.rows(),
                "k must be less than the number of rows " + x.rows() + ": " + k);
        return search(x, x, k, true);
    }

    /**
     * For each row of {@code queries} (n × p), the index of its nearest row of {@code reference}
     * (m × p, m ≥ 1); on equal computed distances the lower index wins.
     */
    public static int[] nearest(Matrix queries, Matrix reference) {
        reference.requireCols("reference", queries.cols());
        Checks.require(reference.rows() > 0, "reference must have at least one row: 0");
        return searchIndices(queries, reference, false);
    }

    /**
     * For each row of x (n × p, n ≥ 2), the index of its nearest other row (a duplicate of it
     * counts); on equal computed distances the lower index wins.
     */
    public static int[] nearestWithinSet(Matrix x) {
        Checks.require(x.rows() >= 2, "x must have at least 2 rows: " + x.rows());
        return searchIndices(x, x, true);
    }

    private static int[] searchIndices(Matrix queries, Matrix reference, boolean skipSelf) {
        int n = queries.rows();
        double[] referenceNorms = squaredNorms(reference);
        int[] out = new int[n];
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(n, QUERY_ROWS), c -> {
            int from = c * QUERY_ROWS;
            int rows = Math.min(QUERY_ROWS, n - from);
            double[] best = new double[rows];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            int[] index = new int[rows];
            scan(backend, queries, from, rows, reference, referenceNorms, 1, skipSelf, best, index);
            System.arraycopy(index, 0, out, from, rows);
        });
        return out;
    }

    private static Matrix search(Matrix queries, Matrix reference, int k, boolean skipSelf) {
        int n = queries.rows();
        double[] queryNorms = squaredNorms(queries);
        double[] referenceNorms = skipSelf ? queryNorms : squaredNorms(reference);
        Matrix out = Matrix.zeros(n, k);
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(n, QUERY_ROWS), c -> {
            int from = c * QUERY_ROWS;
            int rows = Math.min(QUERY_ROWS, n - from);
            double[] best = new double[rows * k];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            scan(backend, queries, from, rows, reference, referenceNorms, k, skipSelf, best, null);
            double[] o = out.data();
            for (int r = 0; r < rows; r++) {
                for (int s = 0; s < k; s++) {
                    double squared = queryNorms[from + r] + best[r * k + s];
                    o[(from + r) * k + s] = Math.sqrt(Math.max(0.0, squared));
                }
            }
        });
        return out;
    }

    /**
     * best[r·k …] ← the k smallest ‖y_j‖² − 2 x·y_j for query row from + r, ascending; for k = 1
     * and a non-null {@code bestIndex}, bestIndex[r] ← the first j attaining best[r].
     */
    private static void scan(Backend backend, Matrix queries, int from, int rows, Matrix reference,
                             double[] referenceNorms, int k, boolean skipSelf, double[] best,
                             int[] bestIndex) {
        int m = reference.rows();
        int p = queries.cols();
        double[] tile = new double[rows * Math.min(REFERENCE_ROWS, m)];
        for (int start = 0; start < m; start += REFERENCE_ROWS) {
            int cols = Math.min(REFERENCE_ROWS, m - start);
            backend.gemm(Transpose.NO, Transpose.YES, rows, cols, p, -2.0, queries.data(),
                    from * p, p, reference.data(), start * p, p, 0.0, tile, 0, cols);
            for (int r = 0; r < rows; r++) {
                int row = r * cols;
                for (int j = 0; j < cols; j++) {
                    tile[row + j] += referenceNorms[start + j];
                }
                int self = from + r - start;
                if (skipSelf && self >= 0 && self < cols) {
                    tile[row + self] = Double.POSITIVE_INFINITY;
                }
                if (bestIndex != null) {
                    keepArgMin(tile, row, cols, start, best, bestIndex, r);
                } else if (k == 1) {
                    best[r] = Math.min(best[r], rowMin(tile, row, cols));
                } else {
                    keepSmallest(tile, row, cols, best, r * k, k);
                }
            }
        }
    }

    private static double rowMin(double[] tile, int offset, int length) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = offset; j < offset + length; j++) {
            min = Math.min(min, tile[j]);
        }
        return min;
    }

    private static void keepArgMin(double[] tile, int offset, int length, int start, double[] best,
                                   int[] bestIndex, int r) {
        for (int j = 0; j < length; j++) {
            if (tile[offset + j] < best[r]) {
                best[r] = tile[offset + j];
                bestIndex[r] = start + j;
            }
        }
    }

    /** Inserts each value below the current k-th smallest into the sorted list best[at …]. */
    private static void keepSmallest(double[] tile, int offset, int length, double[] best,
                                     int at, int k) {
        int last = at + k - 1;
        for (int j = offset; j < offset + length; j++) {
            double v = tile[j];
            if (v < best[last]) {
                int s = last;
                while (s > at && best[s - 1] > v) {
                    best[s] = best[s - 1];
                    s--;
                }
                best[s] = v;
            }
        }
    }

    private static double[] squaredNorms(Matrix x) {
        int p = x.cols();
        double[] a = x.data();
        double[] out = new double[x.rows()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int c = 0; c < p; c++) {
                s += a[i * p + c] * a[i * p + c];
            }
            out[i] = s;
        }
        return out;
    }
}
