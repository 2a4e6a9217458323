package org.scorekit.tabular.metrics;

import java.util.Arrays;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;

/**
 * The exact Euclidean nearest neighbour: for each query row x_i (n × p), the reference row
 * (m × p) minimising e_ij = Σ_c (x_ic − y_jc)², summed in column order in double precision, the
 * lower index winning ties. The same answer as the explicit double loop, bit for bit.
 *
 * <p>Found in two stages. A screen computes a_ij = ‖y_j‖² − 2 x_i·y_j in float32 (one
 * {@code sgemm} per block of {@link #QUERY_ROWS} queries and tile of {@link #REFERENCE_ROWS}
 * references), whose error against e_ij − ‖x_i‖² is at most
 * δ_i = (p + 4)u(‖x_i‖ + max_j ‖y_j‖)² with u = 2⁻²⁴: the rounding of the inputs to float32,
 * the inner-product bound γ_p ≤ (p + 1)u for the norms and the products (Higham, Accuracy and
 * Stability of Numerical Algorithms, §3.1), and ‖y‖² + 2‖x‖‖y‖ ≤ (‖x‖ + ‖y‖)². A row can be
 * nearest only if a_ij ≤ (the smallest a seen so far) + 2δ_i; the screen uses 8δ_i, room for
 * the double-precision steps and for e_ij's own rounding, and only the rows inside it get e_ij
 * computed directly. Each query's result depends only on that row and the reference,
 * never on the thread count.
 */
final class ExactNeighbours {
    /** Query rows per block (the unit of parallel work). */
    static final int QUERY_ROWS = 128;
    /** Reference rows per float32 GEMM tile: a 128 × 2048 tile of floats is 1 MiB. */
    static final int REFERENCE_ROWS = 2048;
    private static final double UNIT_ROUNDOFF = 0x1p-24;

    private ExactNeighbours() {
    }

    /**
     * Each query's nearest reference row and the squared distance e to it.
     *
     * @param index           per query row, the index of its nearest reference row
     * @param squaredDistance per query row, e to that row
     */
    record Nearest(int[] index, double[] squaredDistance) {
    }

    /** Nearest rows of {@code reference} (m ≥ 1 rows) to each row of {@code queries}. */
    static Nearest of(Matrix queries, Matrix reference) {
        return search(queries, reference, false);
    }

    /** Nearest other row of x (n ≥ 2) to each row: a row is not its own neighbour, a duplicate is. */
    static Nearest withinSet(Matrix x) {
        return search(x, x, true);
    }

    private static Nearest search(Matrix queries, Matrix reference, boolean skipSelf) {
        int n = queries.rows();
        int p = queries.cols();
        float[] q = toFloats(queries);
        float[] r = skipSelf ? q : toFloats(reference);
        float[] referenceNorms = squaredNorms(r, reference.rows(), p);
        double largest = 0;
        for (float norm : referenceNorms) {
            largest = Math.max(largest, Math.sqrt(norm));
        }
        double maxNorm = largest;
        Nearest out = new Nearest(new int[n], new double[n]);
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(n, QUERY_ROWS), c -> {
            Block block = new Block(queries, reference, c * QUERY_ROWS,
                    Math.min(QUERY_ROWS, n - c * QUERY_ROWS), skipSelf);
            block.margins(maxNorm);
            block.scan(backend, q, r, referenceNorms);
            block.copyTo(out);
        });
        return out;
    }

    /** The running state of one block of query rows. */
    private static final class Block {
        private final Matrix queries;
        private final Matrix reference;
        private final int from;
        private final int rows;
        private final boolean skipSelf;
        private final double[] window;
        private final double[] screenMin;
        private final double[] best;
        private final int[] bestIndex;

        Block(Matrix queries, Matrix reference, int from, int rows, boolean skipSelf) {
            this.queries = queries;
            this.reference = reference;
            this.from = from;
            this.rows = rows;
            this.skipSelf = skipSelf;
            window = new double[rows];
            screenMin = new double[rows];
            best = new double[rows];
            bestIndex = new int[rows];
            Arrays.fill(screenMin, Double.POSITIVE_INFINITY);
            Arrays.fill(best, Double.POSITIVE_INFINITY);
        }

        /** window_i = 8δ_i (four times the 2δ_i the screen's error bound needs). */
        void margins(double maxNorm) {
            int p = queries.cols();
            for (int i = 0; i < rows; i++) {
                double norm = Math.sqrt(squaredNorm(queries.data(), (from + i) * p, p));
                double reach = norm + maxNorm;
                window[i] = 8 * (p + 4) * UNIT_ROUNDOFF * reach * reach;
            }
        }

        void scan(Backend backend, float[] q, float[] r, float[] referenceNorms) {
            int m = reference.rows();
            int p = queries.cols();
            float[] tile = new float[rows * Math.min(REFERENCE_ROWS, m)];
            for (int start = 0; start < m; start += REFERENCE_ROWS) {
                int cols = Math.min(REFERENCE_ROWS, m - start);
                backend.sgemm(Transpose.NO, Transpose.YES, rows, cols, p, -2.0f, q, from * p, p,
                        r, start * p, p, 0.0f, tile, 0, cols);
                for (int i = 0; i < rows; i++) {
                    screen(tile, i * cols, i, start, cols, referenceNorms);
                }
            }
        }

        /**
         * Completes the tile's row i to a_ij, and checks exactly every reference row the screen
         * cannot rule out: a_ij ≤ min(the smallest a so far, the row's smallest a) + window_i.
         */
        private void screen(float[] tile, int offset, int i, int start, int cols,
                            float[] referenceNorms) {
            int self = from + i - start;
            if (skipSelf && self >= 0 && self < cols) {
                tile[offset + self] = Float.POSITIVE_INFINITY;
            }
            float rowMin = Float.POSITIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                float a = tile[offset + j] + referenceNorms[start + j];
                tile[offset + j] = a;
                rowMin = Math.min(rowMin, a);
            }
            double min = Math.min(screenMin[i], rowMin);
            screenMin[i] = min;
            double bound = min + window[i];
            // Written as !(a > bound) so that a value beyond float32's range (a NaN screen)
            // is checked exactly rather than ruled out.
            if (!(rowMin > bound)) {
                for (int j = 0; j < cols; j++) {
                    if (!(tile[offset + j] > bound)) {
                        check(i, start + j);
                    }
                }
            }
        }

        private void check(int i, int j) {
            double e = squaredDistance(queries, from + i, reference, j);
            if (e < best[i]) {
                best[i] = e;
                bestIndex[i] = j;
            }
        }

        void copyTo(Nearest out) {
            System.arraycopy(bestIndex, 0, out.index(), from, rows);
            System.arraycopy(best, 0, out.squaredDistance(), from, rows);
        }
    }

    /** Σ_c (x_ic − y_jc)² in column order. */
    static double squaredDistance(Matrix x, int i, Matrix y, int j) {
        int p = x.cols();
        double[] a = x.data();
        double[] b = y.data();
        double s = 0;
        for (int c = 0; c < p; c++) {
            double d = a[i * p + c] - b[j * p + c];
            s += d * d;
        }
        return s;
    }

    private static double squaredNorm(double[] a, int offset, int p) {
        double s = 0;
        for (int c = offset; c < offset + p; c++) {
            s += a[c] * a[c];
        }
        return s;
    }

    private static float[] toFloats(Matrix x) {
        double[] a = x.data();
        float[] out = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = (float) a[k];
        }
        return out;
    }

    private static float[] squaredNorms(float[] a, int rows, int p) {
        float[] out = new float[rows];
        for (int i = 0; i < rows; i++) {
            float s = 0;
            for (int c = 0; c < p; c++) {
                s += a[i * p + c] * a[i * p + c];
            }
            out[i] = s;
        }
        return out;
    }
}
