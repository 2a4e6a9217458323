package org.scorekit.convex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The working state of {@link ActiveSetLasso}: the free variables (output bias c, skip v), the
 * active dictionary columns with their fixed signs θ_j and their values. Restricted solves go
 * through {@link KnotSystem} in O(n), with one step of iterative refinement against the
 * dictionary products.
 */
final class ActiveSet {
    private final KinkDictionary dictionary;
    private final int free;
    private final List<Integer> active = new ArrayList<>();
    private final List<Double> signs = new ArrayList<>();
    private final boolean[] isActive;
    private int linearCount;
    private double[] values;
    /** Iterative-refinement steps at most per restricted solve (each gains cond(M_S)·ε). */
    private static final int REFINEMENTS = 4;

    ActiveSet(KinkDictionary dictionary, boolean skip) {
        this.dictionary = dictionary;
        this.free = skip ? 2 : 1;
        this.isActive = new boolean[dictionary.columns()];
        this.linearCount = free - 1;
        values = new double[free];
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
     * and no change, when the column is dependent on the current variables: a column that
     * vanishes on the data (A⁻ at x_(1), A⁺ at x_(n)), or a second variable that adds a linear
     * function (the skip, a column at x_(1) or x_(n), or A⁺ and A⁻ at one kink), since two of
     * those combine with the bias into a third.
     */
    boolean add(int j, double sign) {
        int n = dictionary.size();
        int k = dictionary.kink(j);
        boolean relu = dictionary.columns() == 2 * n;
        if (relu && (dictionary.rightSided(j) ? k == n - 1 : k == 0)) {
            return false;
        }
        boolean linear = addsLinear(j);
        if (linear && linearCount > 0) {
            return false;
        }
        linearCount += linear ? 1 : 0;
        isActive[j] = true;
        active.add(j);
        signs.add(sign);
        values = Arrays.copyOf(values, values.length + 1);
        return true;
    }

    private boolean addsLinear(int j) {
        int n = dictionary.size();
        int k = dictionary.kink(j);
        if (k == 0 || k == n - 1) {
            return true;
        }
        int partner = dictionary.rightSided(j) ? j + n : j - n;
        return dictionary.columns() == 2 * n && isActive[partner];
    }

    /** Removes the active column at position a (its value must be 0). */
    void remove(int a) {
        int j = active.get(a);
        isActive[j] = false;
        linearCount -= addsLinear(j) ? 1 : 0;
        active.remove(a);
        signs.remove(a);
        double[] v = new double[values.length - 1];
        System.arraycopy(values, 0, v, 0, free + a);
        System.arraycopy(values, free + a + 1, v, free + a, v.length - free - a);
        values = v;
    }

    /**
     * The minimiser of ½‖M u‖² + Σ (q_p + cost_p) u_p over the free and active variables with the
     * signs held, cost_p = λ_pos or −λ_neg by θ, then iterative refinement: the residual of the
     * normal equations from two O(n) dictionary products, solved again, while that halves it.
     */
    double[] restrictedMinimiser() {
        int m = free + active.size();
        double[] b = new double[m];
        for (int p = 0; p < free; p++) {
            b[p] = dictionary.freeLinear(p);
        }
        for (int a = 0; a < active.size(); a++) {
            int j = active.get(a);
            double cost = signs.get(a) > 0 ? dictionary.costPositive(j) : -dictionary.costNegative(j);
            b[free + a] = dictionary.linear(j) + cost;
        }
        int[] columns = active.stream().mapToInt(Integer::intValue).toArray();
        KnotSystem system = new KnotSystem(dictionary, free, columns);
        double[] u = system.solve(b);
        double[] residual = normalResidual(u, b, columns);
        double size = maxAbs(residual);
        for (int step = 0; step < REFINEMENTS && size > 0; step++) {
            double[] correction = system.solve(residual);
            double[] next = u.clone();
            for (int p = 0; p < m; p++) {
                next[p] += correction[p];
            }
            double[] nextResidual = normalResidual(next, b, columns);
            double nextSize = maxAbs(nextResidual);
            if (!(nextSize < size)) {
                break;
            }
            u = next;
            residual = nextResidual;
            // A refinement that gains less than a factor of 2 has reached the rounding floor.
            if (nextSize > 0.5 * size) {
                break;
            }
            size = nextSize;
        }
        return u;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** M_Sᵀ M_S u + b, the gradient of the restricted objective at u. */
    private double[] normalResidual(double[] u, double[] b, int[] columns) {
        int n = dictionary.size();
        double[] z = new double[dictionary.columns()];
        for (int a = 0; a < columns.length; a++) {
            z[columns[a]] = u[free + a];
        }
        double[] r = new double[n];
        dictionary.apply(z, r);
        for (int i = 0; i < n; i++) {
            r[i] += u[0] + (free == 2 ? u[1] * dictionary.point(i) : 0.0);
        }
        double[] g = new double[dictionary.columns()];
        dictionary.correlate(r, g);
        double[] out = b.clone();
        for (int i = 0; i < n; i++) {
            out[0] += r[i];
            if (free == 2) {
                out[1] += dictionary.point(i) * r[i];
            }
        }
        for (int a = 0; a < columns.length; a++) {
            out[free + a] += g[columns[a]];
        }
        return out;
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
