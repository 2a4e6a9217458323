package org.scorekit.convex;

/**
 * The hidden activation σ of the two-layer score network s(x) = Σ_j σ(w_j x + b_j) α_j (+ c)
 * (+ v x) of spec/convex-score.md §1, with the derivative convention of that section:
 * σ'(z) = 1{z &gt; 0} for ReLU and sign(z) for the absolute value.
 */
public enum Activation {
    /** σ(z) = max(z, 0), σ'(z) = 1{z &gt; 0}. */
    RELU("relu"),
    /** σ(z) = |z|, σ'(z) = sign(z). */
    ABSOLUTE_VALUE("abs");

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    /** A stable name for specs and records: {@code relu} or {@code abs}. */
    public String label() {
        return label;
    }

    /** σ(z). */
    public double value(double z) {
        return this == RELU ? Math.max(z, 0.0) : Math.abs(z);
    }

    /** σ'(z) with σ'(0) = 0 (spec §1). */
    public double derivative(double z) {
        return this == RELU ? (z > 0 ? 1.0 : 0.0) : Math.signum(z);
    }
}
