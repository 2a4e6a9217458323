package org.scorekit.linalg;

import java.util.Arrays;

/**
 * Householder reduction of a symmetric matrix to tridiagonal form, A = Q T Q^T with
 * Q = H_0 H_1 ⋯ H_{n-3} and H_k = I − tau_k v_k v_k^T acting on indices k+1..n−1 (Golub and
 * Van Loan, <i>Matrix Computations</i>, 4th ed., Algorithm 8.3.1). The reduction updates only the
 * lower triangle, (4/3) n^3 flops; Q is then accumulated backwards in blocks of reflectors
 * (compact WY form, I − V T V^T, LAPACK's dlarft/dlarfb), another (4/3) n^3 flops with two
 * passes over Q per block instead of two per reflector.
 */
final class HouseholderTridiagonal {
    /** Reflectors per block in the accumulation of Q; the block's Y = V^T Q stays in cache. */
    private static final int BLOCK = 16;

    private HouseholderTridiagonal() {
    }

    /**
     * Reduces the lower triangle of the row-major n × n array a in place: d gets T's diagonal,
     * e[i] = T[i+1][i] (e[n−1] untouched); reflector k is left in row k right of the diagonal
     * (its leading 1 stored), with tau[k].
     */
    static void reduce(double[] a, int n, double[] d, double[] e, double[] tau) {
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
     * Householder vector of x = v[0..m): on return v[0] = 1 and (I − tau v v^T) x = beta e_1;
     * returns beta (LAPACK dlarfg convention; tau = 0 and v = e_1 when x is already beta e_1).
     */
    private static double reflect(double[] v, int m, double[] tau, int k) {
        double x0 = v[0];
        double scale = 0;
        for (int r = 1; r < m; r++) {
            scale = Math.max(scale, Math.abs(v[r]));
        }
        v[0] = 1;
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

    /**
     * Q^T as a row-major array, from the reflectors left by {@link #reduce}. Blocks of
     * reflectors k0..k0+nb−1 are applied last to first: Q ← (I − V T V^T) Q.
     */
    static double[] transposedQ(double[] a, int n, double[] tau) {
        double[] q = Matrix.identity(n).data();
        double[] y = new double[BLOCK * n];
        double[] t = new double[BLOCK * BLOCK];
        for (int k1 = n - 2; k1 > 0; k1 -= BLOCK) {
            int k0 = Math.max(0, k1 - BLOCK);
            int nb = k1 - k0;
            triangularFactor(a, n, tau, k0, nb, t);
            int s = k0 + 1;
            int width = n - s;
            Arrays.fill(y, 0, nb * width, 0.0);
            for (int i = s; i < n; i++) {
                int row = i * n + s;
                for (int r = 0, rows = Math.min(nb, i - k0); r < rows; r++) {
                    double vir = a[(k0 + r) * n + i];
                    int yr = r * width;
                    for (int j = 0; j < width; j++) {
                        y[yr + j] += vir * q[row + j];
                    }
                }
            }
            for (int r = 0; r < nb; r++) {
                int yr = r * width;
                double trr = t[r * BLOCK + r];
                for (int j = 0; j < width; j++) {
                    y[yr + j] *= trr;
                }
                for (int u = r + 1; u < nb; u++) {
                    double tru = t[r * BLOCK + u];
                    int yu = u * width;
                    for (int j = 0; j < width; j++) {
                        y[yr + j] += tru * y[yu + j];
                    }
                }
            }
            for (int i = s; i < n; i++) {
                int row = i * n + s;
                for (int r = 0, rows = Math.min(nb, i - k0); r < rows; r++) {
                    double vir = a[(k0 + r) * n + i];
                    int yr = r * width;
                    for (int j = 0; j < width; j++) {
                        q[row + j] -= vir * y[yr + j];
                    }
                }
            }
        }
        return Matrix.wrap(n, n, q).transpose().data();
    }

    /**
     * The upper-triangular T with H_k0 ⋯ H_{k0+nb−1} = I − V T V^T (dlarft, forward,
     * columnwise): T_jj = tau_j, T[0:j, j] = −tau_j T[0:j, 0:j] V[:, 0:j]^T v_j.
     */
    private static void triangularFactor(double[] a, int n, double[] tau, int k0, int nb,
                                         double[] t) {
        double[] z = new double[nb];
        for (int j = 0; j < nb; j++) {
            double tj = tau[k0 + j];
            int vj = (k0 + j) * n;
            for (int r = 0; r < j; r++) {
                int vr = (k0 + r) * n;
                double dot = 0;
                for (int i = k0 + j + 1; i < n; i++) {
                    dot += a[vr + i] * a[vj + i];
                }
                z[r] = dot;
            }
            for (int r = 0; r < j; r++) {
                double s = 0;
                for (int u = r; u < j; u++) {
                    s += t[r * BLOCK + u] * z[u];
                }
                t[r * BLOCK + j] = -tj * s;
            }
            t[j * BLOCK + j] = tj;
        }
    }
}
