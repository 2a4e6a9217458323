package org.scorekit.convex;

import java.util.Arrays;

/**
 * The restricted program of {@link ActiveSet}, min_u ½‖M_S u‖² + bᵀu over the bias c, the skip v
 * (if any) and the active columns, solved in knot coordinates in O(n) instead of through the
 * m × m Gram matrix of the ramp columns (whose condition number grows like n⁴ near the β
 * threshold of spec/convex-score.md §3).
 *
 * <p>Every variable is piecewise linear on [x_(1), x_(n)] with its kink among the knots κ (the
 * active kinks and both ends), so M_S = H T E: H interpolates knot values linearly to the data
 * (each row two non-zeros, W = HᵀH tridiagonal), T maps w = (value at κ_0, first slope, slope
 * changes at the interior knots) to knot values, and E (p × m) holds at most three entries per
 * variable. With the Lagrangian of v = T E u the optimality conditions are W v + T⁻ᵀμ = 0 and
 * Eᵀμ = b; the bias row gives μ_0, a variable that adds a linear function (the skip, an end
 * column, or a second column at one kink) gives μ_1, and otherwise μ_1 is fixed by the one
 * condition eᵀ T⁻¹ v = 0 that keeps v in the range of T E. One LDLᵀ factorisation of the
 * tridiagonal W per active set (the steps of LAPACK {@code dpttrf}/{@code dpttrs}, written out:
 * reaching netlib's LAPACK from here would initialise it before the linear-algebra backend binds
 * its native library).
 */
final class KnotSystem {
    private final KinkDictionary dictionary;
    private final int[] knots;
    private final int[] knotOf;
    /** Per variable: its E column (value at κ_0, first slope, slope change) and its knot (−1 at none). */
    private final double[] e0;
    private final double[] e1;
    private final double[] eDelta;
    private final int[] at;
    private final int provider;
    private final int[] partner;
    private final double[] diagonal;
    private final double[] offDiagonal;
    /** 1 / (κ_{l+1} − κ_l). */
    private final double[] inverseSpan;

    /**
     * @param free    1 (bias) or 2 (bias, skip)
     * @param columns the active dictionary columns, at most one linear-adding variable among them
     *                and the skip (see {@link ActiveSet#add})
     */
    KnotSystem(KinkDictionary dictionary, int free, int[] columns) {
        this.dictionary = dictionary;
        int n = dictionary.size();
        int m = free + columns.length;
        boolean[] isKnot = new boolean[n];
        isKnot[0] = true;
        isKnot[n - 1] = true;
        for (int j : columns) {
            isKnot[dictionary.kink(j)] = true;
        }
        knotOf = new int[n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            knotOf[i] = isKnot[i] ? p++ : -1;
        }
        knots = new int[p];
        for (int i = 0; i < n; i++) {
            if (isKnot[i]) {
                knots[knotOf[i]] = i;
            }
        }
        e0 = new double[m];
        e1 = new double[m];
        eDelta = new double[m];
        at = new int[m];
        partner = new int[m];
        provider = place(free, columns);
        inverseSpan = new double[p - 1];
        for (int l = 0; l + 1 < p; l++) {
            inverseSpan[l] = 1.0 / (dictionary.point(knots[l + 1]) - dictionary.point(knots[l]));
        }
        diagonal = new double[p];
        offDiagonal = new double[Math.max(p - 1, 1)];
        assemble();
    }

    /** Fills E, the knot and the partner of every variable; returns the linear-adding one or −1. */
    private int place(int free, int[] columns) {
        int n = dictionary.size();
        Arrays.fill(at, -1);
        Arrays.fill(partner, -1);
        e0[0] = 1;
        int linear = -1;
        if (free == 2) {
            e0[1] = dictionary.point(0);
            e1[1] = 1;
            linear = 1;
        }
        int[] firstAt = new int[knots.length];
        Arrays.fill(firstAt, -1);
        boolean abs = dictionary.columns() == n;
        for (int a = 0; a < columns.length; a++) {
            int q = free + a;
            int k = dictionary.kink(columns[a]);
            boolean right = !abs && dictionary.rightSided(columns[a]);
            if (k == 0 || k == n - 1) {
                // (x − x_(1)) or (x_(n) − x) on the data: a linear function.
                e0[q] = k == 0 ? 0.0 : dictionary.point(n - 1) - dictionary.point(0);
                e1[q] = k == 0 ? 1.0 : -1.0;
                linear = q;
                continue;
            }
            e0[q] = right ? 0.0 : dictionary.point(k) - dictionary.point(0);
            e1[q] = right ? 0.0 : -1.0;
            eDelta[q] = abs ? 2.0 : 1.0;
            at[q] = knotOf[k];
            int other = firstAt[at[q]];
            if (other >= 0) {
                // A⁺ and A⁻ at one kink differ by a linear function; the A⁻ one carries it.
                int left = e1[q] != 0 ? q : other;
                partner[left] = left == q ? other : q;
                linear = left;
            } else {
                firstAt[at[q]] = q;
            }
        }
        return linear;
    }

    /** W = HᵀH from the linear interpolation weights of every data point, then its LDLᵀ factor. */
    private void assemble() {
        int p = knots.length;
        for (int l = 0; l < p; l++) {
            diagonal[l] = 1.0;
        }
        for (int l = 0; l + 1 < p; l++) {
            double left = dictionary.point(knots[l]);
            for (int i = knots[l] + 1; i < knots[l + 1]; i++) {
                double theta = (dictionary.point(i) - left) * inverseSpan[l];
                diagonal[l] += (1 - theta) * (1 - theta);
                diagonal[l + 1] += theta * theta;
                offDiagonal[l] += theta * (1 - theta);
            }
        }
        for (int l = 0; l + 1 < p; l++) {
            double ratio = offDiagonal[l] / diagonal[l];
            diagonal[l + 1] -= ratio * offDiagonal[l];
            offDiagonal[l] = ratio;
        }
    }

    /** The minimiser u of ½‖M_S u‖² + bᵀu, variables ordered bias, skip (if any), active columns. */
    double[] solve(double[] b) {
        int p = knots.length;
        double[] mu = new double[p];
        mu[0] = b[0];
        double[] direction = null;
        if (provider >= 0) {
            mu[1] = multiplierOfSlope(b, mu[0]);
        } else {
            direction = new double[p];
            direction[1] = 1;
        }
        for (int q = 1; q < b.length; q++) {
            if (at[q] >= 0 && q != provider) {
                mu[at[q] + 1] = (b[q] - e0[q] * mu[0] - e1[q] * mu[1]) / eDelta[q];
                if (direction != null) {
                    direction[at[q] + 1] = -e1[q] / eDelta[q];
                }
            }
        }
        double[] v = applyInverseW(adjointDifferences(mu));
        if (direction != null) {
            double[] y = applyInverseW(adjointDifferences(direction));
            double slope = -dot(direction, differences(v)) / dot(direction, differences(y));
            for (int l = 0; l < p; l++) {
                v[l] += slope * y[l];
            }
        }
        for (int l = 0; l < p; l++) {
            // 0 − v rather than −v: a zero solution keeps +0 (the zero regime of §3 reads c = 0).
            v[l] = 0.0 - v[l];
        }
        return coefficients(differences(v), b.length);
    }

    /** μ_1 from the linear-adding variable's row of Eᵀμ = b (its partner's row gives μ_δ first). */
    private double multiplierOfSlope(double[] b, double mu0) {
        int q = provider;
        double rest = b[q] - e0[q] * mu0;
        if (partner[q] >= 0) {
            int r = partner[q];
            double muDelta = (b[r] - e0[r] * mu0) / eDelta[r];
            rest -= eDelta[q] * muDelta;
        }
        return rest / e1[q];
    }

    /** u from w = E u: slope changes give the kink columns, then the first slope, then the bias. */
    private double[] coefficients(double[] w, int m) {
        double[] u = new double[m];
        for (int q = 1; q < m; q++) {
            if (at[q] >= 0 && q != provider && partner[q] < 0) {
                u[q] = w[at[q] + 1] / eDelta[q];
            }
        }
        if (provider >= 0) {
            double slope = w[1];
            for (int q = 1; q < m; q++) {
                slope -= q != provider ? e1[q] * u[q] : 0.0;
            }
            u[provider] = slope / e1[provider];
            if (partner[provider] >= 0) {
                int r = partner[provider];
                u[r] = (w[at[r] + 1] - eDelta[provider] * u[provider]) / eDelta[r];
            }
        }
        double value = w[0];
        for (int q = 1; q < m; q++) {
            value -= e0[q] * u[q];
        }
        u[0] = value;
        return u;
    }

    /** W⁻¹ rhs in place from the factor W = L D Lᵀ (L unit lower bidiagonal). */
    private double[] applyInverseW(double[] rhs) {
        int p = knots.length;
        for (int l = 1; l < p; l++) {
            rhs[l] -= offDiagonal[l - 1] * rhs[l - 1];
        }
        rhs[p - 1] /= diagonal[p - 1];
        for (int l = p - 2; l >= 0; l--) {
            rhs[l] = rhs[l] / diagonal[l] - offDiagonal[l] * rhs[l + 1];
        }
        return rhs;
    }

    /** w = T⁻¹v: the value at κ_0, the first slope, the slope change at every interior knot. */
    private double[] differences(double[] v) {
        int p = knots.length;
        double[] w = new double[p];
        w[0] = v[0];
        double[] h = inverseSpan;
        w[1] = (v[1] - v[0]) * h[0];
        for (int l = 1; l + 1 < p; l++) {
            w[l + 1] = (v[l + 1] - v[l]) * h[l] - (v[l] - v[l - 1]) * h[l - 1];
        }
        return w;
    }

    /** T⁻ᵀμ, the adjoint of {@link #differences}. */
    private double[] adjointDifferences(double[] mu) {
        int p = knots.length;
        double[] out = new double[p];
        double[] h = inverseSpan;
        out[0] = mu[0] - mu[1] * h[0];
        out[1] = mu[1] * h[0];
        for (int l = 1; l + 1 < p; l++) {
            double a = mu[l + 1];
            out[l + 1] += a * h[l];
            out[l] -= a * (h[l] + h[l - 1]);
            out[l - 1] += a * h[l - 1];
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
