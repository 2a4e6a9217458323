package org.scorekit.ntk;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;

/**
 * Rectangular NTK matrices κ(A, B) = [κ(a_i, b_j)] (spec/score-estimation.md §6), built in row
 * tiles of {@link ReluNtk#TILE_ROWS}: one GEMM for the inner products, then
 * {@link ReluNtk#kappa} entrywise. The square, symmetric case is {@link ReluNtk#gram}.
 */
public final class Grams {
    private Grams() {
    }

    /** κ(A, B) for the rows of a (n × D) and b (N × D); returns n × N. */
    public static Matrix cross(Matrix a, Matrix b) {
        b.requireCols("second kernel argument", a.cols());
        int n = a.rows();
        int cols = b.rows();
        int dim = a.cols();
        Matrix k = Matrix.zeros(n, cols);
        double[] normsA = norms(a);
        double[] normsB = norms(b);
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(n, ReluNtk.TILE_ROWS), t -> {
            int from = t * ReluNtk.TILE_ROWS;
            int rows = Math.min(ReluNtk.TILE_ROWS, n - from);
            backend.gemm(Transpose.NO, Transpose.YES, rows, cols, dim, 1.0, a.data(), from * dim,
                    dim, b.data(), 0, dim, 0.0, k.data(), from * cols, cols);
            double[] out = k.data();
            for (int i = from; i < from + rows; i++) {
                for (int j = 0; j < cols; j++) {
                    out[i * cols + j] = ReluNtk.kappa(out[i * cols + j], normsA[i], normsB[j]);
                }
            }
        });
        return k;
    }

    /** The Euclidean norm of every row. */
    static double[] norms(Matrix z) {
        double[] norms = squaredNorms(z);
        for (int i = 0; i < norms.length; i++) {
            norms[i] = Math.sqrt(norms[i]);
        }
        return norms;
    }

    /** ‖z_i‖² of every row. */
    static double[] squaredNorms(Matrix z) {
        int dim = z.cols();
        double[] squares = new double[z.rows()];
        double[] a = z.data();
        for (int i = 0; i < squares.length; i++) {
            double s = 0;
            for (int k = 0; k < dim; k++) {
                s += a[i * dim + k] * a[i * dim + k];
            }
            squares[i] = s;
        }
        return squares;
    }
}
