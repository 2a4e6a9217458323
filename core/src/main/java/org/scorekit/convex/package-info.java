/**
 * Convex score matching for two-layer networks (Zhang &amp; Pilanci, arXiv 2402.01965;
 * spec/convex-score.md): the univariate program {@link org.scorekit.convex.UnivariateProgram}
 * (§2), solved exactly with a duality-gap certificate by {@link org.scorekit.convex.ActiveSetLasso}
 * into a {@link org.scorekit.convex.UnivariateResult} (an optimum, or unbounded below the β
 * threshold of §3), the recovered network {@link org.scorekit.convex.UnivariateNetwork} (§2.5),
 * and the closed-form score {@link org.scorekit.convex.PiecewiseLinearScore} with its density
 * {@link org.scorekit.convex.ImpliedDensity} (§4); the univariate DSM Lasso of §7
 * {@link org.scorekit.convex.DenoisingProgram}, solved by the same active-set method in
 * {@link org.scorekit.convex.DenoisingLasso}, with one program per noise level in
 * {@link org.scorekit.convex.DenoisingLadder} and its annealed-Langevin adapter
 * {@link org.scorekit.convex.LadderScore} (§8); in d ≥ 2 the gated DSM regression
 * {@link org.scorekit.convex.GatedDenoisingProgram}, solved with a certificate by
 * {@link org.scorekit.convex.GatedRegression}, one per level in
 * {@link org.scorekit.convex.GatedDenoisingLadder}. For d ≥ 2, the
 * {@link org.scorekit.convex.MultivariateProgram} on sampled
 * {@link org.scorekit.convex.ActivationPatterns} (§6.1), solved by
 * {@link org.scorekit.convex.GatedFista} (gated, §6.2) or
 * {@link org.scorekit.convex.BlockwiseAugmentedLagrangian} (block-wise ReLU, §6.4) into a
 * {@link org.scorekit.convex.MultivariateResult}: a certified optimum with its
 * {@link org.scorekit.convex.GatedNetwork}, or unbounded below β_min (§6.5), certified for each
 * program by its own recession direction (block-wise: cone pairs, ConeRecession); decisions in
 * docs/convex-multivariate.md.
 */
package org.scorekit.convex;
