package org.scorekit.linalg;

import java.util.ArrayList;
import java.util.List;

/**
 * The orthonormal blocks Q_0, Q_1, … (each N × b) of {@link BlockLanczos}, with the block
 * products it needs. Every product is one single-threaded GEMM in a fixed order.
 */
final class KrylovBasis {
    private static final double BREAKDOWN = 1e-10;
    private static final double ACCEPT = 0.5;

    private final int n;
    private final int width;
    private final List<Matrix> blocks = new ArrayList<>();
    private final Backend backend = Backends.current();

    KrylovBasis(int n, int width) {
        this.n = n;
        this.width = width;
    }

    void add(Matrix block) {
        blocks.add(block);
    }

    Matrix block(int index) {
        return blocks.get(index);
    }

    /** (Q^T W + W^T Q)/2 for Q, W: N × b (symmetrised against round-off). */
    Matrix project(Matrix q, Matrix w) {
        Matrix c = transposeTimes(q, w);
        double[] a = c.data();
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (a[i * width + j] + a[j * width + i]);
                a[i * width + j] = mean;
                a[j * width + i] = mean;
            }
        }
        return c;
    }

    /** W ← W − Q C for Q: N × b, C: b × b. */
    void subtract(Matrix w, Matrix q, Matrix c) {
        backend.gemm(Transpose.NO, Transpose.NO, n, width, width, -1.0, q.data(), 0, width,
                c.data(), 0, width, 1.0, w.data(), 0, width);
    }

    /**
     * Makes W orthogonal to every block (two passes of block Gram–Schmidt), then orthonormal
     * by modified Gram–Schmidt with one reorthogonalisation, and returns R (b × b, upper
     * triangular) with W_before = W_after R on the complement of the basis. A column that
     * vanishes gets a zero row in R and, if {@code replace}, a unit vector e_i orthogonal to
     * everything before it.
     */
    Matrix orthonormaliseInPlace(Matrix w, boolean replace) {
        double[] before = columnNorms(w);
        projectOut(w);
        projectOut(w);
        Matrix r = Matrix.zeros(width, width);
        int candidate = 0;
        for (int c = 0; c < width; c++) {
            removeEarlierColumns(w, c, r);
            double norm = columnNorm(w, c);
            if (norm > BREAKDOWN * before[c]) {
                r.set(c, c, norm);
                scaleColumn(w, c, 1.0 / norm);
            } else if (replace) {
                candidate = replaceColumn(w, c, candidate);
            } else {
                scaleColumn(w, c, 0.0);
            }
        }
        return r;
    }

    private int replaceColumn(Matrix w, int c, int candidate) {
        for (int e = candidate; e < n; e++) {
            scaleColumn(w, c, 0.0);
            w.set(e, c, 1.0);
            projectOut(w, c);
            projectOut(w, c);
            removeEarlierColumns(w, c, Matrix.zeros(width, width));
            double norm = columnNorm(w, c);
            if (norm > ACCEPT) {
                scaleColumn(w, c, 1.0 / norm);
                return e + 1;
            }
        }
        throw new IllegalStateException("no unit vector is left outside a basis of "
                + (blocks.size() * width + c) + " columns in dimension " + n);
    }

    private void projectOut(Matrix w) {
        for (Matrix q : blocks) {
            subtract(w, q, transposeTimes(q, w));
        }
    }

    private void projectOut(Matrix w, int column) {
        for (Matrix q : blocks) {
            for (int k = 0; k < width; k++) {
                removeComponent(w.data(), column, q.data(), k);
            }
        }
    }

    /** Column c of W minus its components on columns 0..c−1, twice; the coefficients into R. */
    private void removeEarlierColumns(Matrix w, int c, Matrix r) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < c; k++) {
                r.set(k, c, r.get(k, c) + removeComponent(w.data(), c, w.data(), k));
            }
        }
    }

    /** Column {@code column} of a minus its projection on the unit column {@code along} of b. */
    private double removeComponent(double[] a, int column, double[] b, int along) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += b[i * width + along] * a[i * width + column];
        }
        for (int i = 0; i < n; i++) {
            a[i * width + column] -= dot * b[i * width + along];
        }
        return dot;
    }

    private Matrix transposeTimes(Matrix q, Matrix w) {
        Matrix c = Matrix.zeros(width, width);
        backend.gemm(Transpose.YES, Transpose.NO, width, width, n, 1.0, q.data(), 0, width,
                w.data(), 0, width, 0.0, c.data(), 0, width);
        return c;
    }

    private double[] columnNorms(Matrix w) {
        double[] norms = new double[width];
        for (int c = 0; c < width; c++) {
            norms[c] = columnNorm(w, c);
        }
        return norms;
    }

    private double columnNorm(Matrix w, int c) {
        double[] a = w.data();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i * width + c] * a[i * width + c];
        }
        return Math.sqrt(s);
    }

    private void scaleColumn(Matrix w, int c, double factor) {
        double[] a = w.data();
        for (int i = 0; i < n; i++) {
            a[i * width + c] *= factor;
        }
    }
}
