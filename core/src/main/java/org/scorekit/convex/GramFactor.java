package org.scorekit.convex;

import java.util.Arrays;

/**
 * The Cholesky factor L Lᵀ = G of the restricted Gram matrix of {@link ActiveSet}, kept current as
 * variables enter (one forward substitution, O(m²)) and leave (Givens rotations that restore the
 * triangle, O(m²)) instead of being refactorised (O(m³)) at every restricted solve.
 */
final class GramFactor {
    /** A new diagonal below this fraction of the column's own norm² marks a dependent column. */
    private static final double DEPENDENCE = 1e-13;

    private double[] l = new double[0];
    private int capacity;
    private int size;

    int size() {
        return size;
    }

    /**
     * Appends a variable whose Gram column against the current ones is {@code column[0..m)} and
     * whose squared norm is {@code column[m]}; false (and no change) when it is numerically
     * dependent on them.
     */
    boolean append(double[] column) {
        int m = size;
        double[] row = Arrays.copyOf(column, m);
        for (int i = 0; i < m; i++) {
            double s = row[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * capacity + k] * row[k];
            }
            row[i] = s / l[i * capacity + i];
        }
        double diagonal = column[m];
        for (int k = 0; k < m; k++) {
            diagonal -= row[k] * row[k];
        }
        if (!(diagonal > DEPENDENCE * column[m])) {
            return false;
        }
        grow(m + 1);
        System.arraycopy(row, 0, l, m * capacity, m);
        l[m * capacity + m] = Math.sqrt(diagonal);
        size = m + 1;
        return true;
    }

    private void grow(int needed) {
        if (needed <= capacity) {
            return;
        }
        int next = Math.max(needed, 2 * capacity);
        double[] bigger = new double[next * next];
        for (int i = 0; i < size; i++) {
            System.arraycopy(l, i * capacity, bigger, i * next, i + 1);
        }
        l = bigger;
        capacity = next;
    }

    /** Removes variable p: drops row p and rotates columns k, k + 1 (k ≥ p) back to a triangle. */
    void remove(int p) {
        int m = size;
        for (int i = p; i + 1 < m; i++) {
            System.arraycopy(l, (i + 1) * capacity, l, i * capacity, i + 2);
        }
        for (int k = p; k + 1 < m; k++) {
            double a = l[k * capacity + k];
            double b = l[k * capacity + k + 1];
            double r = Math.hypot(a, b);
            double c = a / r;
            double s = b / r;
            for (int i = k; i + 1 < m; i++) {
                double x = l[i * capacity + k];
                double y = l[i * capacity + k + 1];
                l[i * capacity + k] = c * x + s * y;
                l[i * capacity + k + 1] = -s * x + c * y;
            }
        }
        for (int i = 0; i + 1 < m; i++) {
            Arrays.fill(l, i * capacity + i + 1, i * capacity + m, 0.0);
        }
        size = m - 1;
    }

    /** Solves G u = b by forward and back substitution. */
    double[] solve(double[] b) {
        int m = size;
        double[] u = b.clone();
        for (int i = 0; i < m; i++) {
            double s = u[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * capacity + k] * u[k];
            }
            u[i] = s / l[i * capacity + i];
        }
        for (int i = m - 1; i >= 0; i--) {
            double s = u[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k * capacity + i] * u[k];
            }
            u[i] = s / l[i * capacity + i];
        }
        return u;
    }
}
