package org.scorekit.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Pure-Java symmetric eigendecomposition: Householder reduction to tridiagonal form followed by
 * the implicit QL iteration with Wilkinson shifts (the tred2/tql2 pair of EISPACK; Golub and
 * Van Loan, <i>Matrix Computations</i>, 4th ed., §8.3). Reads only the lower triangle; costs
 * about (8/3) n^3 flops for the reduction and 6 n^3 on average for the rotations.
 *
 * <p>The steps: A = Q T Q^T with T tridiagonal and Q = H_0 H_1 ⋯ H_{n-3} (Householder
 * reflections H_k = I − tau_k v_k v_k^T acting on indices k+1..n−1); then T = Z Λ Z^T by
 * plane rotations, so A = V Λ V^T with V = Q Z. The eigenvectors are kept as the rows of
 * W = V^T, so every rotation combines two contiguous rows and vectorises.
 */
final class TridiagonalEigen {
    /** QL sweeps allowed per eigenvalue before giving up; LAPACK's dsteqr allows 30. */
    private static final int MAX_SWEEPS = 30;

    private TridiagonalEigen() {
    }

    /** Decomposes the symmetric matrix whose lower triangle is given; values ascending. */
    static SymmetricEigen decompose(Matrix input) {
        int n = BackendArguments.symmetric("symmetric matrix", input);
        double[] a = new double[n * n];
        double[] x = input.data();
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, i * n, a, i * n, i + 1);
        }
        double[] d = new double[n];
        double[] e = new double[n];
        double[] tau = new double[n];
        tridiagonalize(a, n, d, e, tau);
        double[] w = transposedOrthogonalFactor(a, n, tau);
        diagonalize(d, e, w, n);
        return sorted(d, w, n);
    }

    /**
     * Reduces the lower triangle of a to T: d (diagonal), e[i] = T[i+1][i]. Reflector k is
     * left in row k to the right of the diagonal, with its leading 1 implied, and tau[k].
     */
    private static void tridiagonalize(double[] a, int n, double[] d, double[] e,
                                       double[] tau) {
        double[] v = new double[n];
        double[] p = new double[n];
        for (int k = 0; k + 2 < n; k++) {
            int m = n - k - 1;
            for (int r = 0; r < m; r++) {
                v[r] = a[(k + 1 + r) * n + k];
            }
            e[k] = reflect(v, m, tau, k);
            d[k] = a[k * n + k];
            System.arraycopy(v, 0, a, k * n + k + 1, m);
            if (tau[k] != 0) {
                reflectTrailingBlock(a, n, k + 1, v, tau[k], p);
            }
        }
        if (n >= 2) {
            d[n - 2] = a[(n - 2) * n + n - 2];
            e[n - 2] = a[(n - 1) * n + n - 2];
        }
        if (n >= 1) {
            d[n - 1] = a[(n - 1) * n + n - 1];
        }
    }

    /**
     * Householder vector of x = v[0..m): on return v holds v with v[0] = 1 and
     * (I − tau v v^T) x = beta e_1; returns beta (LAPACK dlarfg convention).
     */
    private static double reflect(double[] v, int m, double[] tau, int k) {
        double x0 = v[0];
        double scale = 0;
        for (int r = 1; r < m; r++) {
            scale = Math.max(scale, Math.abs(v[r]));
        }
        if (scale == 0) {
            tau[k] = 0;
            return x0;
        }
        // Scaled sum of squares: no overflow or underflow for extreme entries.
        double sum = 0;
        for (int r = 1; r < m; r++) {
            double y = v[r] / scale;
            sum += y * y;
        }
        double beta = -Math.copySign(Math.hypot(x0, scale * Math.sqrt(sum)), x0);
        tau[k] = (beta - x0) / beta;
        double f = 1 / (x0 - beta);
        for (int r = 1; r < m; r++) {
            v[r] *= f;
        }
        v[0] = 1;
        return beta;
    }

    /**
     * B ← H B H for the trailing block B = a[s.., s..] (lower triangle) with H = I − tau v v^T:
     * p = tau B v, w = p − (tau/2)(p·v) v, B ← B − v w^T − w v^T.
     */
    private static void reflectTrailingBlock(double[] a, int n, int s, double[] v, double tau,
                                             double[] p) {
        int m = n - s;
        Arrays.fill(p, 0, m, 0.0);
        for (int r = 0; r < m; r++) {
            int row = (s + r) * n + s;
            double vr = v[r];
            double dot = 0;
            for (int c = 0; c < r; c++) {
                double b = a[row + c];
                dot += b * v[c];
                p[c] += b * vr;
            }
            p[r] += dot + a[row + r] * vr;
        }
        double pv = 0;
        for (int r = 0; r < m; r++) {
            p[r] *= tau;
            pv += p[r] * v[r];
        }
        double half = -0.5 * tau * pv;
        for (int r = 0; r < m; r++) {
            p[r] += half * v[r];
        }
        for (int r = 0; r < m; r++) {
            int row = (s + r) * n + s;
            double vr = v[r];
            double wr = p[r];
            for (int c = 0; c <= r; c++) {
                a[row + c] -= vr * p[c] + wr * v[c];
            }
        }
    }

    /** Q^T as a row-major array, with Q = H_0 ⋯ H_{n-3} accumulated backwards (dorg2l style). */
    private static double[] transposedOrthogonalFactor(double[] a, int n, double[] tau) {
        double[] q = Matrix.identity(n).data();
        double[] w = new double[n];
        for (int k = n - 3; k >= 0; k--) {
            double t = tau[k];
            if (t == 0) {
                continue;
            }
            int s = k + 1;
            int vo = k * n + k + 1;
            // Columns below s of the partial product are still the identity, so they are skipped.
            Arrays.fill(w, s, n, 0.0);
            for (int i = s; i < n; i++) {
                double vi = a[vo + i - s];
                int row = i * n;
                for (int j = s; j < n; j++) {
                    w[j] += vi * q[row + j];
                }
            }
            for (int i = s; i < n; i++) {
                double f = t * a[vo + i - s];
                int row = i * n;
                for (int j = s; j < n; j++) {
                    q[row + j] -= f * w[j];
                }
            }
        }
        return Matrix.wrap(n, n, q).transpose().data();
    }

    /** Implicit QL on (d, e): d becomes the eigenvalues, the rows of w are rotated along. */
    private static void diagonalize(double[] d, double[] e, double[] w, int n) {
        for (int l = 0; l < n; l++) {
            for (int sweep = 0; ; sweep++) {
                int m = l;
                while (m < n - 1 && !negligible(e[m], d[m], d[m + 1])) {
                    m++;
                }
                if (m == l) {
                    break;
                }
                if (sweep == MAX_SWEEPS) {
                    throw new IllegalStateException("QL iteration must converge within "
                            + MAX_SWEEPS + " sweeps per eigenvalue: eigenvalue " + l);
                }
                sweep(d, e, w, n, l, m);
            }
        }
    }

    /** Relative to its diagonal neighbours, as in LAPACK's dsteqr. */
    private static boolean negligible(double offDiagonal, double d0, double d1) {
        double size = Math.abs(offDiagonal);
        return size <= 0x1.0p-53 * (Math.abs(d0) + Math.abs(d1)) || size < Double.MIN_NORMAL;
    }

    /**
     * One implicit QL sweep on the unreduced block l..m with the Wilkinson shift from the
     * leading 2 × 2 block, chasing the bulge upwards with plane rotations.
     */
    private static void sweep(double[] d, double[] e, double[] w, int n, int l, int m) {
        double g = (d[l + 1] - d[l]) / (2 * e[l]);
        double r = Math.hypot(g, 1.0);
        g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
        double s = 1;
        double c = 1;
        double p = 0;
        for (int i = m - 1; i >= l; i--) {
            double f = s * e[i];
            double b = c * e[i];
            r = Math.hypot(f, g);
            e[i + 1] = r;
            if (r == 0) {
                // The rotation underflowed: the block splits at i, which the next pass finds.
                d[i + 1] -= p;
                e[m] = 0;
                return;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
            rotateRows(w, n, i, c, s);
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
    }

    /** Rows i and i+1 of w ← [[c, −s], [s, c]] applied to (row i, row i+1). */
    private static void rotateRows(double[] w, int n, int i, double c, double s) {
        int ri = i * n;
        int rj = ri + n;
        for (int k = 0; k < n; k++) {
            double x = w[ri + k];
            double y = w[rj + k];
            w[ri + k] = c * x - s * y;
            w[rj + k] = s * x + c * y;
        }
    }

    private static SymmetricEigen sorted(double[] d, double[] w, int n) {
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> d[i]));
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int c = 0; c < n; c++) {
            int src = order[c];
            values[c] = d[src];
            for (int r = 0; r < n; r++) {
                vectors[r * n + c] = w[src * n + r];
            }
        }
        return new SymmetricEigen(values, Matrix.wrap(n, n, vectors));
    }
}
