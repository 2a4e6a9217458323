/**
 * The learning problem and its optimisers (spec/score-estimation.md §4, §5, §9):
 * {@link org.scorekit.train.ScoreMatchingProblem} is one draw of Algorithm 1,
 * {@link org.scorekit.train.GradientDescent} trains the two-layer network with the fused
 * blocked kernel {@link org.scorekit.train.FusedGradient}; stopping rules read the
 * {@link org.scorekit.train.TrainingHistory} and return a {@link org.scorekit.train.StopReason}.
 */
package org.scorekit.train;
