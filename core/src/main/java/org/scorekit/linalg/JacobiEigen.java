package org.scorekit.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Cyclic Jacobi eigenvalue iteration for symmetric matrices (reference implementation). */
final class JacobiEigen {
    private static final int MAX_SWEEPS = 100;

    private JacobiEigen() {
    }

    static SymmetricEigen decompose(Matrix input) {
        int n = input.rows();
        input.requireShape("symmetric matrix", n, n);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * n + j] = input.get(i, j);
                a[j * n + i] = input.get(i, j);
            }
        }
        double[] v = Matrix.identity(n).data();
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double x = a[i * n + j] * a[i * n + j];
                    total += x;
                    if (i != j) {
                        off += x;
                    }
                }
            }
            if (off <= 1e-30 * total || off == 0) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, n, p, q);
                }
            }
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> a[i * n + i]));
        double[] values = new double[n];
        Matrix vectors = Matrix.zeros(n, n);
        for (int c = 0; c < n; c++) {
            int src = order[c];
            values[c] = a[src * n + src];
            for (int r = 0; r < n; r++) {
                vectors.set(r, c, v[r * n + src]);
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    private static void rotate(double[] a, double[] v, int n, int p, int q) {
        double apq = a[p * n + q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k * n + p];
            double vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }
}
