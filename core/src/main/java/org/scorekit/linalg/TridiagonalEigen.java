package org.scorekit.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Pure-Java symmetric eigendecomposition: Householder reduction to tridiagonal form followed by
 * the implicit QL iteration with Wilkinson shifts (the tred2/tql2 pair of EISPACK; Golub and
 * Van Loan, <i>Matrix Computations</i>, 4th ed., §8.3). Reads only the lower triangle; costs
 * about (8/3) n^3 flops for the reduction and Q, and 6 n^3 on average for the rotations
 * (n = 1000 in about 1 s, n = 2000 in about 10 s on one core).
 *
 * <p>The steps: A = Q T Q^T with T tridiagonal and Q = H_0 H_1 ⋯ H_{n-3}
 * ({@link HouseholderTridiagonal}); then T = Z Λ Z^T by plane rotations, so A = V Λ V^T with
 * V = Q Z. The eigenvectors are kept as the rows of W = V^T, so every rotation combines two
 * contiguous rows; the rotations are queued and replayed in cache-sized column tiles
 * ({@link PlaneRotations}).
 */
final class TridiagonalEigen {
    /** QL sweeps allowed per eigenvalue before giving up; LAPACK's dsteqr allows 30. */
    private static final int MAX_SWEEPS = 30;
    /** Half the spacing of doubles at 1, 2^-53. */
    private static final double EPS = 0x1.0p-53;

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
        HouseholderTridiagonal.reduce(a, n, d, e, tau);
        double[] w = HouseholderTridiagonal.transposedQ(a, n, tau);
        diagonalize(d, e, w, n);
        return sorted(d, w, n);
    }

    /** Implicit QL on (d, e): d becomes the eigenvalues, the rows of w are rotated along. */
    private static void diagonalize(double[] d, double[] e, double[] w, int n) {
        PlaneRotations rotations = new PlaneRotations(w, n);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double below = i > 0 ? Math.abs(e[i - 1]) : 0;
            norm = Math.max(norm, Math.abs(d[i]) + Math.abs(e[i]) + below);
        }
        for (int l = 0; l < n; l++) {
            for (int sweep = 0; ; sweep++) {
                int m = l;
                while (m < n - 1 && !negligible(e[m], d[m], d[m + 1], norm)) {
                    m++;
                }
                if (m == l) {
                    break;
                }
                if (sweep == MAX_SWEEPS) {
                    throw new IllegalStateException("QL iteration must converge within "
                            + MAX_SWEEPS + " sweeps per eigenvalue: eigenvalue " + l);
                }
                sweep(d, e, rotations, l, m);
            }
        }
        rotations.applyInPlace();
    }

    /**
     * Negligible relative to its diagonal neighbours (as in LAPACK's dsteqr) or to the norm of
     * T. The second test is needed: rounding in a sweep leaves off-diagonals at about
     * eps ||T||, which never becomes small relative to eigenvalues at rounding level (kernel
     * Gram matrices have many); deflating there moves an eigenvalue by at most eps ||T||, the
     * backward error of the Householder reduction anyway.
     */
    private static boolean negligible(double offDiagonal, double d0, double d1, double norm) {
        double size = Math.abs(offDiagonal);
        return size <= EPS * (Math.abs(d0) + Math.abs(d1)) || size <= EPS * norm
                || size < Double.MIN_NORMAL;
    }

    /**
     * One implicit QL sweep on the unreduced block l..m with the Wilkinson shift from the
     * leading 2 × 2 block, chasing the bulge upwards with plane rotations.
     */
    private static void sweep(double[] d, double[] e, PlaneRotations rotations, int l, int m) {
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
            rotations.add(i, c, s);
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
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
