package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.scorekit.linalg.Matrix;

/** Small vector helpers and a tolerance assertion shared by the mixture tests. */
final class Vectors {
    private Vectors() {
    }

    /** w_k = exp(l_k − max l) / Σ_j exp(l_j − max l). */
    static double[] normalisedExp(double[] logW) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logW) {
            max = Math.max(max, l);
        }
        double[] w = new double[logW.length];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            w[k] = Math.exp(logW[k] - max);
            sum += w[k];
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        return w;
    }

    /** Entry-wise |expected − actual| ≤ tol · max(1, |expected|). */
    static void assertClose(double[] expected, double[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int j = 0; j < expected.length; j++) {
            double scale = Math.max(1.0, Math.abs(expected[j]));
            assertEquals(expected[j], actual[j], tol * scale, what + " entry " + j);
        }
    }

    /** Scales every row to unit norm, in place. */
    static Matrix unitRows(Matrix m) {
        for (int i = 0; i < m.rows(); i++) {
            double n = norm(m.row(i));
            for (int j = 0; j < m.cols(); j++) {
                m.set(i, j, m.get(i, j) / n);
            }
        }
        return m;
    }

    /** x + eps · direction, as a new matrix. */
    static Matrix shift(Matrix x, Matrix direction, double eps) {
        Matrix out = x.copy();
        for (int i = 0; i < out.data().length; i++) {
            out.data()[i] += eps * direction.data()[i];
        }
        return out;
    }

    /** A v. */
    static double[] apply(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = dot(a[i], v);
        }
        return out;
    }

    /** R Σ R^T. */
    static double[][] conjugate(double[][] r, double[][] sigma) {
        int d = r.length;
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        out[i][j] += r[i][a] * sigma[a][b] * r[j][b];
                    }
                }
            }
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
