/**
 * Data laws with exact oracles (spec/score-estimation.md §10). Entry type:
 * {@link org.scorekit.data.GaussianMixture}, p_0 = Σ_k π_k N(μ_k, Σ_k) with Σ_k ⪰ 0 (point masses
 * allowed), which gives the exact score ∇ log p_t, denoiser f*(x, t) = E[X_0 | X_t = x], pointwise
 * Bayes risk tr Cov(X_0 | X_t = x) and log p_t of the VP diffusion at every t (Tweedie's identity,
 * spec §2). {@link org.scorekit.data.BuiltinDistributions} names the laws experiments use
 * ({@code ring8}, {@code moons}, {@code aniso8}, {@code bimodal1d}, {@code corners4}).
 */
package org.scorekit.data;
