package org.scorekit.linalg;

import java.util.Arrays;
import java.util.List;
import org.scorekit.linalg.BlockLanczos.RitzValues;

/**
 * The projected problem of {@link BlockLanczos}: the block tridiagonal T_j (diagonal blocks
 * A_0..A_j, sub-diagonal blocks B_0..B_{j−1}) solved by one {@code dsyevd}, and the Ritz
 * residuals ‖B_j y_last‖.
 */
final class RitzProblem {
    private RitzProblem() {
    }

    /** The converged leading Ritz values of T_j; B_j is the last coupling block. */
    static RitzValues solve(List<Matrix> diagonal, List<Matrix> coupling, double tolerance,
                            boolean exhausted) {
        int width = diagonal.get(0).rows();
        int steps = diagonal.size();
        int dimension = steps * width;
        Matrix t = Matrix.zeros(dimension, dimension);
        for (int s = 0; s < steps; s++) {
            place(t, diagonal.get(s), s, s);
            if (s + 1 < steps) {
                place(t, coupling.get(s), s + 1, s);
                place(t, coupling.get(s).transpose(), s, s + 1);
            }
        }
        SymmetricEigen eigen = Backends.current().eigh(t);
        Matrix last = coupling.get(steps - 1);
        double[] theta = eigen.values();
        double scale = Math.abs(theta[dimension - 1]);
        int count = 0;
        double[] values = new double[dimension];
        double[] residuals = new double[dimension];
        for (int i = dimension - 1; i >= 0; i--) {
            double residual = residual(last, eigen.vectors(), i, dimension - width);
            if (residual > tolerance * scale) {
                break;
            }
            values[count] = theta[i];
            residuals[count] = residual;
            count++;
        }
        return new RitzValues(Arrays.copyOf(values, count), Arrays.copyOf(residuals, count),
                dimension, exhausted);
    }

    private static void place(Matrix t, Matrix block, int blockRow, int blockCol) {
        int width = block.rows();
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < width; j++) {
                t.set(blockRow * width + i, blockCol * width + j, block.get(i, j));
            }
        }
    }

    /** ‖B y_last‖ for column i of the eigenvectors, y_last its rows from {@code offset}. */
    private static double residual(Matrix b, Matrix vectors, int column, int offset) {
        int width = b.rows();
        double s = 0;
        for (int r = 0; r < width; r++) {
            double dot = 0;
            for (int c = 0; c < width; c++) {
                dot += b.get(r, c) * vectors.get(offset + c, column);
            }
            s += dot * dot;
        }
        return Math.sqrt(s);
    }
}
