/**
 * The deep baseline of the tabular benchmark (issue 16, DESIGN.md §9): a TabDDPM-style residual
 * MLP denoiser of the network inputs z = (x̃, c(t), b0) with a sinusoidal time embedding and
 * SiLU activations ({@link org.scorekit.mlp.ResidualMlp}), its hand-derived backward pass
 * ({@link org.scorekit.mlp.MlpPass}, products in float64 or float32 through the backend), and
 * Adam on fresh mini-batches with an exponential moving average of the weights
 * ({@link org.scorekit.mlp.MlpTrainer}, the entry type). docs/estimators.md states the
 * architecture and the defaults with their reasons.
 */
package org.scorekit.mlp;
