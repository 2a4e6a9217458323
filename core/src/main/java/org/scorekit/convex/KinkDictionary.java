package org.scorekit.convex;

import java.util.Arrays;

/**
 * The dictionary of spec/convex-score.md §2.2 over sorted distinct points t_0 &lt; … &lt; t_{n−1}:
 * for ReLU, columns j &lt; n are A⁺ (t_i − t_j)_+ and columns n + k are A⁻ (t_k − t_i)_+; for the
 * absolute value, columns k are B |t_i − t_k|. Products with the dictionary use the sorted
 * order and cost O(n): a column combination is a piecewise-linear function accumulated gap by
 * gap, never an n × 2n matrix.
 *
 * <p>The dictionary also carries the linear term q and the ℓ1 costs of the program
 * min_u ½‖M u‖² + qᵀu + Σ_j ρ_j(z_j), M = [A | 1 | x]: for score matching (§2.3) q holds the
 * derivative counts y (and n for the skip) and one side of each kink costs β − 1; for the
 * regression of DSM (§7), ½‖M u − r‖² = ½‖M u‖² − (Mᵀr)ᵀu + ½‖r‖², so q = −Mᵀr and every side
 * costs β.
 */
final class KinkDictionary {
    private final double[] t;
    private final Activation activation;
    private final double beta;
    /** The cost rebate of a kink's lowering side: 1 for score matching, 0 for regression. */
    private final double rebate;
    private final double[] linear;
    private final double[] freeLinear;
    /** Σ|r_i| of the regression targets (0 for score matching, whose counts y are exact). */
    private double targetMass;

    /** The score-matching dictionary of §2.2 with its derivative counts. */
    KinkDictionary(double[] sortedPoints, Activation activation, double beta) {
        this(sortedPoints, activation, beta, 1.0);
        int n = t.length;
        for (int j = 0; j < linear.length; j++) {
            int k = kink(j);
            linear[j] = activation == Activation.ABSOLUTE_VALUE ? n - 1 - 2 * k
                    : rightSided(j) ? n - 1 - k : -k;
        }
        freeLinear[1] = n;
    }

    private KinkDictionary(double[] sortedPoints, Activation activation, double beta,
                           double rebate) {
        this.t = sortedPoints;
        this.activation = activation;
        this.beta = beta;
        this.rebate = rebate;
        this.linear = new double[columns()];
        this.freeLinear = new double[2];
    }

    /**
     * The least-squares dictionary of ½‖M u − r‖² + β‖z‖₁ (spec §7) with targets r at the sorted
     * points: q = −Mᵀr for the columns, −Σ r_i for the bias and −Σ t_i r_i for the skip.
     */
    static KinkDictionary regression(double[] sortedPoints, Activation activation, double beta,
                                     double[] sortedTargets) {
        KinkDictionary dictionary = new KinkDictionary(sortedPoints, activation, beta, 0.0);
        dictionary.correlate(sortedTargets, dictionary.linear);
        for (int j = 0; j < dictionary.linear.length; j++) {
            dictionary.linear[j] = -dictionary.linear[j];
        }
        for (int i = 0; i < sortedPoints.length; i++) {
            dictionary.targetMass += Math.abs(sortedTargets[i]);
            dictionary.freeLinear[0] -= sortedTargets[i];
            dictionary.freeLinear[1] -= sortedPoints[i] * sortedTargets[i];
        }
        return dictionary;
    }

    int size() {
        return t.length;
    }

    int columns() {
        return activation == Activation.RELU ? 2 * t.length : t.length;
    }

    double point(int i) {
        return t[i];
    }

    /** The kink index k of column j. */
    int kink(int j) {
        return j < t.length ? j : j - t.length;
    }

    /** Whether column j is active to the right of its kink: A⁺ or B (which is active on both sides). */
    boolean rightSided(int j) {
        return j < t.length;
    }

    /** q_j: for score matching y_j, the derivative count of §2.2 (exclusive side). */
    double linear(int j) {
        return linear[j];
    }

    /** The linear term of the free variables: p = 0 the bias, p = 1 the skip. */
    double freeLinear(int p) {
        return freeLinear[p];
    }

    /**
     * Σ|r_i| of the regression targets, 0 for score matching: q = −Mᵀr carries rounding of
     * order ε (t_{n−1} − t_0) Σ|r_i| into every g = Mᵀλ + q.
     */
    double targetMass() {
        return targetMass;
    }

    /** Cost per unit of a positive coefficient (λ_pos of §5). */
    double costPositive(int j) {
        if (activation == Activation.ABSOLUTE_VALUE) {
            return beta - rebate;
        }
        return rightSided(j) ? beta : beta - rebate;
    }

    /** Cost per unit of a negative coefficient's magnitude (λ_neg of §5). */
    double costNegative(int j) {
        if (activation == Activation.ABSOLUTE_VALUE) {
            return beta - rebate;
        }
        return rightSided(j) ? beta - rebate : beta;
    }

    /** ρ_j(z): the asymmetric ℓ1 penalty of (P-ReLU) / (P-abs). */
    double penalty(int j, double z) {
        return z >= 0 ? costPositive(j) * z : -costNegative(j) * z;
    }

    /**
     * out_i = Σ_j z_j A_{ij} at the sorted points: right-sided parts accumulate left to right
     * (value += gap × slope so far), left-sided parts right to left.
     */
    void apply(double[] z, double[] out) {
        int n = t.length;
        boolean abs = activation == Activation.ABSOLUTE_VALUE;
        Arrays.fill(out, 0.0);
        double slope = 0;
        double value = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                value += (t[i] - t[i - 1]) * slope;
            }
            out[i] += value;
            slope += z[i];
        }
        slope = 0;
        value = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (i < n - 1) {
                value += (t[i + 1] - t[i]) * slope;
            }
            out[i] += value;
            slope += abs ? z[i] : z[n + i];
        }
    }

    /** out_j = Σ_i A_{ij} r_i for every column j (the y_j are not added). */
    void correlate(double[] r, double[] out) {
        int n = t.length;
        boolean abs = activation == Activation.ABSOLUTE_VALUE;
        double tail = 0;
        double right = 0;
        out[n - 1] = 0;
        for (int k = n - 2; k >= 0; k--) {
            tail += r[k + 1];
            right += (t[k + 1] - t[k]) * tail;
            out[k] = right;
        }
        int offset = abs ? 0 : n;
        double head = 0;
        double left = 0;
        if (!abs) {
            out[offset] = 0;
        }
        for (int k = 1; k < n; k++) {
            head += r[k - 1];
            left += (t[k] - t[k - 1]) * head;
            out[offset + k] = abs ? out[k] + left : left;
        }
    }

    /** Column j at the sorted points. */
    double[] column(int j) {
        int n = t.length;
        int k = kink(j);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            double d = t[i] - t[k];
            a[i] = activation == Activation.ABSOLUTE_VALUE ? Math.abs(d)
                    : rightSided(j) ? Math.max(d, 0.0) : Math.max(-d, 0.0);
        }
        return a;
    }
}
