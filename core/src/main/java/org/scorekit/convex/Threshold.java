package org.scorekit.convex;

/**
 * Bounds on the boundedness threshold β_min = min_Λ max_i ‖X̃ᵀ D̃_i Λ + tr(D̃_i) E‖₂ of the gated
 * program (spec/convex-score.md §6.5): the program is bounded below exactly when β ≥ β_min. For
 * the block-wise program the bounds are on its own threshold (cone-projection norms in place of
 * ‖·‖₂, docs/convex-multivariate.md §5), lower from cone pairs ({@link ConeRecession}).
 *
 * @param lower a certified lower bound: a direction W with Σ_i D̃_i X̃ W_i = 0 (to rounding) and
 *              −Σ_i tr(D̃_i)⟨E, W_i⟩ = lower · Σ_i ‖W_i‖_* exists, along which the objective falls
 *              linearly for every β &lt; lower (block-wise: W_i's columns are v_ic − w_ic with
 *              v_ic, w_ic ∈ C_i, and ‖·‖_* is replaced by Σ_c (‖v_ic‖ + ‖w_ic‖)); 0 when no
 *              such direction was sought or found
 * @param upper a certified upper bound: max_i ‖X̃ᵀ D̃_i Λ_f + tr(D̃_i) E‖₂ at the anchor Λ_f
 */
public record Threshold(double lower, double upper) {
}
