/**
 * The learning problem and its optimisers (spec/score-estimation.md §4, §5, §9):
 * {@link org.scorekit.train.ScoreMatchingProblem} is one draw of Algorithm 1,
 * {@link org.scorekit.train.GradientDescent} trains the two-layer network with the fused
 * blocked kernel {@link org.scorekit.train.FusedGradient} (products in double or, by
 * {@link org.scorekit.train.Precision}, single precision), {@link org.scorekit.train.Sgd} and
 * {@link org.scorekit.train.Adam} on mini-batches, all through one shared loop; stopping rules
 * read the {@link org.scorekit.train.TrainingHistory} and return a
 * {@link org.scorekit.train.StopReason}; {@link org.scorekit.train.RwyStoppingRule} stops at the
 * RWY step of §9.2, whose constant σ_eff {@link org.scorekit.train.RwyCalibration} calibrates.
 */
package org.scorekit.train;
