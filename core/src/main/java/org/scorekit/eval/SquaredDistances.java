package org.scorekit.eval;

import java.util.function.DoubleUnaryOperator;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;

/**
 * Reductions over the pairwise squared distances D_ij = ‖x_i − y_j‖², computed in row blocks
 * as ‖x_i‖² + ‖y_j‖² − 2 x_i·y_j with one GEMM per block, so no n × m matrix is ever held.
 * Blocks have a fixed size and their partial sums are added in block order, so results do not
 * depend on the thread count. Callers centre the data first to limit cancellation.
 */
final class SquaredDistances {
    private static final int BLOCK_ROWS = 64;

    private SquaredDistances() {
    }

    /** Σ_{i,j} f(D_ij) over all pairs of rows of x (n × d) and y (m × d). */
    static double sum(Matrix x, Matrix y, DoubleUnaryOperator f) {
        return reduce(x, y, f, false);
    }

    /** Σ_{i≠j} f(D_ij) over ordered pairs of distinct rows of x. */
    static double sumOffDiagonal(Matrix x, DoubleUnaryOperator f) {
        return reduce(x, x, f, true);
    }

    /** All D_ij with i &lt; j for the rows of x, in row-major order of the upper triangle. */
    /**
     * The unbiased means of f(‖·‖²) that two-sample statistics combine: over distinct pairs
     * within x, within y, and over all pairs across (rows n of x, m of y).
     */
    record PairMeans(double withinX, double withinY, double across) {
    }

    static PairMeans pairMeans(Matrix x, Matrix y, DoubleUnaryOperator f) {
        double n = x.rows();
        double m = y.rows();
        return new PairMeans(sumOffDiagonal(x, f) / (n * (n - 1)),
                sumOffDiagonal(y, f) / (m * (m - 1)), sum(x, y, f) / (n * m));
    }

    static double[] upperTriangle(Matrix x) {
        int n = x.rows();
        double[] out = new double[(int) ((long) n * (n - 1) / 2)];
        double[] norms = rowNorms(x);
        double[] block = new double[BLOCK_ROWS * n];
        int pos = 0;
        for (int from = 0; from < n; from += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - from);
            innerProducts(x, from, rows, x, block);
            for (int r = 0; r < rows; r++) {
                int i = from + r;
                for (int j = i + 1; j < n; j++) {
                    out[pos++] = distance(norms[i], norms[j], block[r * n + j]);
                }
            }
        }
        return out;
    }

    private static double reduce(Matrix x, Matrix y, DoubleUnaryOperator f, boolean skipDiagonal) {
        int n = x.rows();
        int m = y.rows();
        double[] nx = rowNorms(x);
        double[] ny = skipDiagonal ? nx : rowNorms(y);
        int chunks = Parallel.chunkCount(n, BLOCK_ROWS);
        double[] partial = new double[chunks];
        Parallel.forEachChunk(chunks, c -> {
            int from = c * BLOCK_ROWS;
            int rows = Math.min(BLOCK_ROWS, n - from);
            double[] block = new double[rows * m];
            innerProducts(x, from, rows, y, block);
            double s = 0;
            for (int r = 0; r < rows; r++) {
                int i = from + r;
                for (int j = 0; j < m; j++) {
                    if (skipDiagonal && i == j) {
                        continue;
                    }
                    s += f.applyAsDouble(distance(nx[i], ny[j], block[r * m + j]));
                }
            }
            partial[c] = s;
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }

    /** block[r · m + j] = −2 x_{from+r} · y_j for r in [0, rows). */
    private static void innerProducts(Matrix x, int from, int rows, Matrix y, double[] block) {
        Backend backend = Backends.current();
        int d = x.cols();
        int m = y.rows();
        backend.gemm(Transpose.NO, Transpose.YES, rows, m, d, -2.0, x.data(), from * d, d,
                y.data(), 0, d, 0.0, block, 0, m);
    }

    private static double distance(double normI, double normJ, double minusTwoDot) {
        // The expansion can round slightly below zero for (nearly) equal rows.
        return Math.max(0.0, normI + normJ + minusTwoDot);
    }

    private static double[] rowNorms(Matrix x) {
        int d = x.cols();
        double[] a = x.data();
        double[] out = new double[x.rows()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += a[i * d + k] * a[i * d + k];
            }
            out[i] = s;
        }
        return out;
    }
}
