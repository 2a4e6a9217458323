/**
 * The learning problem and its optimisers (spec/score-estimation.md §4, §5, §9):
 * {@link org.scorekit.train.ScoreMatchingProblem} is one draw of Algorithm 1,
 * {@link org.scorekit.train.GradientDescent} trains the two-layer network with the fused
 * blocked kernel {@link org.scorekit.train.FusedGradient} (products in double or, by
 * {@link org.scorekit.train.Precision}, single precision), {@link org.scorekit.train.Sgd} and
 * {@link org.scorekit.train.Adam} on mini-batches, all through one shared loop configured by one
 * validated {@link org.scorekit.train.TrainingSettings}; a trainer takes its step already
 * resolved against λ_max(K^∞) ({@link org.scorekit.train.ResolvedStep}), computed once by the
 * caller; stopping rules read the {@link org.scorekit.train.TrainingHistory} and return a
 * {@link org.scorekit.train.StopReason} (the RWY rule lives with the kernel, in {@code ntk}).
 */
package org.scorekit.train;
