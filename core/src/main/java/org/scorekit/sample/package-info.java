/**
 * Reverse-time samplers (spec/score-estimation.md §12): {@link org.scorekit.sample.EulerMaruyama}
 * on the reverse SDE and {@link org.scorekit.sample.ProbabilityFlowHeun} on the
 * probability-flow ODE, each a short function of (score, process, explicit grid, start, rng);
 * the Langevin family of spec/convex-score.md §8: {@link org.scorekit.sample.AnnealedLangevin}
 * over the grid as a noise ladder, {@link org.scorekit.sample.PredictorCorrector} (reverse SDE +
 * Langevin corrector), and the fixed-time chain {@link org.scorekit.sample.Langevin}, a
 * {@link org.scorekit.sample.FixedTimeSampler} because it needs neither process nor grid.
 * {@link org.scorekit.sample.SamplerKind} names the ones a spec can select.
 */
package org.scorekit.sample;
