/**
 * Reverse-time samplers (spec/score-estimation.md §12): {@link org.scorekit.sample.EulerMaruyama}
 * on the reverse SDE and {@link org.scorekit.sample.ProbabilityFlowHeun} on the
 * probability-flow ODE, each a short function of (score, process, explicit grid, start, rng);
 * {@link org.scorekit.sample.SamplerKind} names the built-in ones.
 */
package org.scorekit.sample;
