/**
 * The forward VP/OU process and time grids (spec/score-estimation.md §1, §12):
 * {@link org.scorekit.diffusion.NoiseSchedule} (constant, linear-beta, cosine),
 * {@link org.scorekit.diffusion.VpProcess} with closed-form marginals, the reverse SDE and the
 * probability-flow ODE drifts in {@link org.scorekit.diffusion.ForwardProcess}, and
 * {@link org.scorekit.diffusion.TimeGrid}.
 */
package org.scorekit.diffusion;
