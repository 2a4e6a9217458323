/**
 * The non-convex baseline of spec/convex-score.md §9: the univariate two-layer score network of a
 * {@link org.scorekit.convex.UnivariateProgram} trained on the same score-matching objective
 * ({@link org.scorekit.nonconvex.ScoreMatchingLoss}, explicit Jacobian trace, hand-derived
 * gradient) by full-batch gradient descent or Adam ({@link org.scorekit.nonconvex.Optimizer});
 * {@link org.scorekit.nonconvex.BaselineTraining} is the entry type and returns a
 * {@link org.scorekit.nonconvex.BaselineRun} with its loss curve, to be set against the
 * certified optimum of the convex program.
 */
package org.scorekit.nonconvex;
