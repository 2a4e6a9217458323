/**
 * Score estimators (spec/score-estimation.md §2, §5): {@link org.scorekit.model.Denoiser}
 * f(x,t) ≈ E[X0|Xt=x], the {@link org.scorekit.model.ParametricScore}
 * s = (α/h) f − x/h, the NTK-parametrised {@link org.scorekit.model.TwoLayerRelu} with its
 * {@link org.scorekit.model.InputMap} z = (x, c(t)), and the exact mixture score.
 */
package org.scorekit.model;
