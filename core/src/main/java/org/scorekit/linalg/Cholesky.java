package org.scorekit.linalg;

import java.util.Optional;
import org.scorekit.checks.Checks;

/**
 * Cholesky factorisation A = L L^T of a symmetric positive definite matrix, with solves and
 * the log-determinant. {@link #decompose} is the pure-Java reference; backends may build the
 * factor with LAPACK and hand it over through {@link #fromLower}.
 */
public final class Cholesky {
    private final Matrix lower;

    private Cholesky(Matrix lower) {
        this.lower = lower;
    }

    /** Wraps a lower-triangular factor (entries above the diagonal are ignored and zeroed). */
    public static Cholesky fromLower(Matrix lower) {
        int n = lower.rows();
        lower.requireShape("Cholesky factor", n, n);
        Matrix l = lower.copy();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                l.set(i, j, 0.0);
            }
        }
        return new Cholesky(l);
    }

    /** Factorises A (lower triangle read), or empty if A is not numerically positive definite. */
    public static Optional<Cholesky> decompose(Matrix a) {
        int n = a.rows();
        a.requireShape("matrix to factorise", n, n);
        double[] l = new double[n * n];
        double[] x = a.data();
        for (int j = 0; j < n; j++) {
            double diag = x[j * n + j];
            for (int k = 0; k < j; k++) {
                diag -= l[j * n + k] * l[j * n + k];
            }
            if (!(diag > 0) || !Double.isFinite(diag)) {
                return Optional.empty();
            }
            double ljj = Math.sqrt(diag);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = x[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / ljj;
            }
        }
        return Optional.of(new Cholesky(Matrix.wrap(n, n, l)));
    }

    /** The lower-triangular factor L (a copy). */
    public Matrix lower() {
        return lower.copy();
    }

    /** The dimension n. */
    public int size() {
        return lower.rows();
    }

    /** log det A = 2 Σ log L_ii. */
    public double logDeterminant() {
        int n = lower.rows();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.log(lower.get(i, i));
        }
        return 2 * s;
    }

    /** Solves L y = b in place for one vector b of length n. */
    public void solveLowerInPlace(double[] b) {
        int n = lower.rows();
        Checks.sameSize("right-hand side length", n, b.length);
        double[] l = lower.data();
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }

    /** Solves L^T x = y in place for one vector y of length n. */
    public void solveUpperInPlace(double[] y) {
        int n = lower.rows();
        Checks.sameSize("right-hand side length", n, y.length);
        double[] l = lower.data();
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * y[k];
            }
            y[i] = s / l[i * n + i];
        }
    }

    /** Solves A x = b for one vector b; returns a new array. */
    public double[] solve(double[] b) {
        double[] x = b.clone();
        solveLowerInPlace(x);
        solveUpperInPlace(x);
        return x;
    }

    /** Solves A X = B column by column; B: n × k. */
    public Matrix solve(Matrix b) {
        int n = lower.rows();
        Checks.sameSize("right-hand side rows", n, b.rows());
        Matrix x = Matrix.zeros(n, b.cols());
        for (int j = 0; j < b.cols(); j++) {
            double[] col = solve(b.column(j));
            for (int i = 0; i < n; i++) {
                x.set(i, j, col[i]);
            }
        }
        return x;
    }

    /** A^{-1}, as a new matrix. */
    public Matrix inverse() {
        return solve(Matrix.identity(lower.rows()));
    }
}
