/**
 * Neural tangent kernels of the two-layer ReLU network and kernel regression on them
 * (spec/score-estimation.md §6–§8): {@link org.scorekit.ntk.ReluNtk}, the closed-form
 * infinite-width κ with its Gram matrix and λ_max; {@link org.scorekit.ntk.EmpiricalNtk}, H(τ)
 * with cross-output blocks and matrix-free J v, J^T u; {@link org.scorekit.ntk.KernelSpectrum},
 * the one eigendecomposition of K^∞ per training set that every consumer below shares;
 * {@link org.scorekit.ntk.KernelRegression}, GD, gradient flow, interpolant and ridge in closed
 * form through that eigendecomposition
 * (one {@link org.scorekit.ntk.SpectralFilter} per dynamics, after neural-tangents
 * {@code predict.gradient_descent_mse}); {@link org.scorekit.ntk.KernelTrainer}, kernel GD as an
 * estimator producing a {@link org.scorekit.ntk.KernelDenoiser}; the adapted
 * Raskutti–Wainwright–Yu rule {@link org.scorekit.ntk.RwyRule} (§9.2), the stopping rule
 * {@link org.scorekit.ntk.RwyStoppingRule} that applies it to a trainer, its calibration
 * {@link org.scorekit.ntk.RwyCalibration}, the label-noise estimate
 * {@link org.scorekit.ntk.NoiseLevel} and the closed-form risk path of zero-init kernel GD
 * {@link org.scorekit.ntk.KernelGdRiskPath} (τ_oracle). Where a dense eigendecomposition is out
 * of reach (N in the tens of thousands, issue #16), {@link org.scorekit.ntk.TopSpectrum} gives
 * the same rule from the top eigenvalues and tr K^∞: block Lanczos on the matrix-free
 * K^∞ V of {@link org.scorekit.ntk.ReluNtk}, run until every unresolved eigenvalue lies below the
 * smallest ε² the rule evaluates ({@link org.scorekit.ntk.RwyRule#requiredResolution}). This package builds on {@code train}
 * (problems, trainers, stopping rules); {@code train} never depends on it.
 */
package org.scorekit.ntk;
