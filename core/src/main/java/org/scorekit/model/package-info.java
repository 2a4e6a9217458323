/**
 * Score estimators (spec/score-estimation.md §2): {@link org.scorekit.model.ScoreModel} estimates
 * ∇ log p_t, {@link org.scorekit.model.Denoiser} estimates f*(x, t) = E[X_0 | X_t = x], and
 * {@link org.scorekit.model.ParametricScore} turns a denoiser into a score through
 * s = (α/h) f − x/h. {@link org.scorekit.model.ExactScore} is the exact Gaussian-mixture oracle
 * (spec §10) in both roles.
 */
package org.scorekit.model;
