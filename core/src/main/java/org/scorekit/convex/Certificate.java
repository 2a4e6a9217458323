package org.scorekit.convex;

/**
 * What a solver proves about its answer: the primal objective P(u) of the returned coefficients,
 * the dual objective D(λ) of the returned dual point (−½‖λ‖² for the score-matching programs,
 * ⟨λ, t⟩ − ½‖λ‖² for the regressions of {@link GatedRegression}), and the duality gap P − D. When
 * the dual point is feasible (dualInfeasibility = 0) the gap bounds the distance of P to the
 * optimum; dualInfeasibility is the largest violation of a dual constraint (spec/convex-score.md
 * §3, KKT test), in units of the derivative counts y.
 *
 * @param primal            P(u)
 * @param dual              D(λ)
 * @param gap               P(u) − D(λ)
 * @param dualInfeasibility the largest violation of a dual constraint, 0 when feasible
 * @param iterations        restricted solves (active-set solvers) or FISTA iterations performed
 * @param converged         whether the stopping test was met before the iteration cap
 */
public record Certificate(double primal, double dual, double gap, double dualInfeasibility,
                          int iterations, boolean converged) {
}
