package org.scorekit.linalg;

import org.scorekit.random.Rng;

/**
 * Test oracles and random inputs for the backend contracts: a naive GEMM written from the
 * definition, its rounding-error scale, residuals computed with plain loops (never through a
 * backend), and symmetric matrices with a prescribed spectrum.
 */
final class TestMatrices {
    private TestMatrices() {
    }

    /** op(X)(i, p) of a row-major operand stored with offset and row stride ld. */
    static double op(Transpose t, double[] x, int offset, int ld, int i, int p) {
        return t == Transpose.YES ? x[offset + p * ld + i] : x[offset + i * ld + p];
    }

    /** C = alpha op(A) op(B) + beta C by the triple loop (beta = 0 ignores C). */
    static void naiveGemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
                          double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
                          double beta, double[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += op(transA, a, aOffset, lda, i, p) * op(transB, b, bOffset, ldb, p, j);
                }
                double old = c[cOffset + i * ldc + j];
                c[cOffset + i * ldc + j] = alpha * s + (beta == 0 ? 0 : beta * old);
            }
        }
    }

    /** |alpha| Σ_p |op(A)_ip| |op(B)_pj| + |beta| |C_ij|: the scale of the rounding error. */
    static double[] gemmScale(Transpose transA, Transpose transB, int m, int n, int k,
                              double alpha, double[] a, int aOffset, int lda, double[] b,
                              int bOffset, int ldb, double beta, double[] c, int cOffset,
                              int ldc) {
        double[] scale = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += Math.abs(op(transA, a, aOffset, lda, i, p)
                            * op(transB, b, bOffset, ldb, p, j));
                }
                double old = beta == 0 ? 0 : Math.abs(beta * c[cOffset + i * ldc + j]);
                scale[i * n + j] = Math.abs(alpha) * s + old;
            }
        }
        return scale;
    }

    /** X Y by the triple loop. */
    static Matrix times(Matrix x, Matrix y) {
        Matrix z = Matrix.zeros(x.rows(), y.cols());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < y.cols(); j++) {
                double s = 0;
                for (int p = 0; p < x.cols(); p++) {
                    s += x.get(i, p) * y.get(p, j);
                }
                z.set(i, j, s);
            }
        }
        return z;
    }

    /** max |X_ij − Y_ij|. */
    static double maxAbsDifference(Matrix x, Matrix y) {
        double m = 0;
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                m = Math.max(m, Math.abs(x.get(i, j) - y.get(i, j)));
            }
        }
        return m;
    }

    /** max |A V − V diag(values)|. */
    static double eigenResidual(Matrix a, SymmetricEigen e) {
        Matrix av = times(a, e.vectors());
        Matrix vl = e.vectors().copy();
        for (int i = 0; i < vl.rows(); i++) {
            for (int j = 0; j < vl.cols(); j++) {
                vl.set(i, j, vl.get(i, j) * e.values()[j]);
            }
        }
        return maxAbsDifference(av, vl);
    }

    /** max |V^T V − I|. */
    static double orthonormalityError(Matrix v) {
        return maxAbsDifference(times(v.transpose(), v), Matrix.identity(v.cols()));
    }

    /** (G + G^T) / 2 for a standard normal G: a random symmetric n × n matrix. */
    static Matrix randomSymmetric(Rng rng, int n) {
        Matrix g = rng.gaussian(n, n);
        Matrix s = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s.set(i, j, 0.5 * (g.get(i, j) + g.get(j, i)));
            }
        }
        return s;
    }

    /** B B^T / n + I for a standard normal n × n B: positive definite, condition number ~ 5. */
    static Matrix randomPositiveDefinite(Rng rng, int n) {
        Matrix b = rng.gaussian(n, n);
        Matrix a = times(b, b.transpose());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, a.get(i, j) / n + (i == j ? 1 : 0));
            }
        }
        return a;
    }

    /**
     * A random orthogonal matrix: the product of three Householder reflections
     * I − 2 u u^T / (u^T u) with standard normal u (exactly orthogonal up to rounding).
     */
    static Matrix randomOrthogonal(Rng rng, int n) {
        Matrix q = Matrix.identity(n);
        for (int r = 0; r < 3; r++) {
            double[] u = new double[n];
            rng.fillGaussian(u);
            double uu = 0;
            for (double x : u) {
                uu += x * x;
            }
            Matrix h = Matrix.identity(n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h.set(i, j, h.get(i, j) - 2 * u[i] * u[j] / uu);
                }
            }
            q = times(q, h);
        }
        return q;
    }

    /** Q diag(values) Q^T. */
    static Matrix withSpectrum(Matrix q, double[] values) {
        Matrix ql = q.copy();
        for (int i = 0; i < q.rows(); i++) {
            for (int j = 0; j < q.cols(); j++) {
                ql.set(i, j, q.get(i, j) * values[j]);
            }
        }
        return times(ql, q.transpose());
    }

    /** The matrix with its strict upper triangle overwritten by NaN (a backend must not read it). */
    static Matrix poisonUpper(Matrix a) {
        Matrix p = a.copy();
        for (int i = 0; i < a.rows(); i++) {
            for (int j = i + 1; j < a.cols(); j++) {
                p.set(i, j, Double.NaN);
            }
        }
        return p;
    }

    /** The symmetric matrix defined by the lower triangle of a (what a backend sees). */
    static Matrix symmetricFromLower(Matrix a) {
        Matrix s = a.copy();
        for (int i = 0; i < a.rows(); i++) {
            for (int j = i + 1; j < a.cols(); j++) {
                s.set(i, j, a.get(j, i));
            }
        }
        return s;
    }

    /** |x · y| for columns i of x and j of y. */
    static double absColumnDot(Matrix x, int i, Matrix y, int j) {
        double s = 0;
        for (int r = 0; r < x.rows(); r++) {
            s += x.get(r, i) * y.get(r, j);
        }
        return Math.abs(s);
    }
}
