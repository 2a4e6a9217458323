package org.scorekit.convex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The working state of {@link ActiveSetLasso}: the free variables (output bias c, skip v), the
 * active dictionary columns with their fixed signs θ_j, their values, and for every variable its
 * correlations with all variables (one O(n) dictionary product each), from which the restricted
 * Gram matrix is read, and its Cholesky factor.
 */
final class ActiveSet {
    private final KinkDictionary dictionary;
    private final int free;
    private final List<Integer> active = new ArrayList<>();
    private final List<double[]> correlations = new ArrayList<>();
    private final List<Double> signs = new ArrayList<>();
    private final GramFactor factor = new GramFactor();
    private double[] values;

    ActiveSet(KinkDictionary dictionary, boolean skip) {
        this.dictionary = dictionary;
        this.free = skip ? 2 : 1;
        int n = dictionary.size();
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        correlations.add(correlationsOf(ones));
        factor.append(new double[] {n});
        if (skip) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = dictionary.point(i);
            }
            correlations.add(correlationsOf(x));
            double[] c = correlations.get(1);
            factor.append(new double[] {c[dictionary.columns()], c[dictionary.columns() + 1]});
        }
        values = new double[free];
    }

    /** Entries: every column, then the bias, then the skip (if any). */
    private double[] correlationsOf(double[] a) {
        int columns = dictionary.columns();
        double[] out = new double[columns + 2];
        dictionary.correlate(a, out);
        for (int i = 0; i < a.length; i++) {
            out[columns] += a[i];
            out[columns + 1] += dictionary.point(i) * a[i];
        }
        return out;
    }

    int freeCount() {
        return free;
    }

    int activeCount() {
        return active.size();
    }

    int column(int a) {
        return active.get(a);
    }

    double sign(int a) {
        return signs.get(a);
    }

    double[] values() {
        return values;
    }

    /**
     * Adds column j at value 0 with sign θ (the side on which it lowers the objective); false,
     * and no change, when the column is numerically dependent on the current variables.
     */
    boolean add(int j, double sign) {
        double[] c = correlationsOf(dictionary.column(j));
        int m = free + active.size();
        double[] column = new double[m + 1];
        for (int p = 0; p < m; p++) {
            column[p] = c[slot(p)];
        }
        column[m] = c[j];
        if (!factor.append(column)) {
            return false;
        }
        active.add(j);
        signs.add(sign);
        correlations.add(c);
        values = Arrays.copyOf(values, values.length + 1);
        return true;
    }

    /** Removes the active column at position a (its value must be 0). */
    void remove(int a) {
        active.remove(a);
        signs.remove(a);
        correlations.remove(free + a);
        factor.remove(free + a);
        double[] v = new double[values.length - 1];
        System.arraycopy(values, 0, v, 0, free + a);
        System.arraycopy(values, free + a + 1, v, free + a, v.length - free - a);
        values = v;
    }

    /** Index of variable p (free first, then active) in a correlation vector. */
    private int slot(int p) {
        int columns = dictionary.columns();
        return p < free ? columns + p : active.get(p - free);
    }

    /**
     * The minimiser of ½‖M u‖² + Σ (q_p + cost_p) u_p over the free and active variables with the
     * signs held, cost_p = λ_pos or −λ_neg by θ: G u = −(q + cost) by the kept factor, plus one
     * step of iterative refinement against G read from the correlations.
     */
    double[] restrictedMinimiser() {
        int m = free + active.size();
        double[] rhs = new double[m];
        if (free == 2) {
            rhs[1] = -dictionary.size();
        }
        for (int a = 0; a < active.size(); a++) {
            int j = active.get(a);
            double cost = signs.get(a) > 0 ? dictionary.costPositive(j) : -dictionary.costNegative(j);
            rhs[free + a] = -(dictionary.linear(j) + cost);
        }
        double[] u = factor.solve(rhs);
        double[] residual = rhs.clone();
        int[] slots = new int[m];
        for (int r = 0; r < m; r++) {
            slots[r] = slot(r);
        }
        for (int p = 0; p < m; p++) {
            double[] cp = correlations.get(p);
            for (int r = 0; r < m; r++) {
                residual[p] -= cp[slots[r]] * u[r];
            }
        }
        double[] correction = factor.solve(residual);
        for (int p = 0; p < m; p++) {
            u[p] += correction[p];
        }
        return u;
    }

    /** All coefficients in dictionary order (zeros off the active set). */
    double[] coefficients() {
        double[] z = new double[dictionary.columns()];
        for (int a = 0; a < active.size(); a++) {
            z[active.get(a)] = values[free + a];
        }
        return z;
    }

    void setValues(double[] newValues) {
        values = newValues.clone();
    }
}
