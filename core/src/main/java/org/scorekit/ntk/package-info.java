/**
 * Neural tangent kernels of the two-layer ReLU network and kernel regression on them
 * (spec/score-estimation.md §6–§8): {@link org.scorekit.ntk.ReluNtk}, the closed-form
 * infinite-width κ with its Gram matrix and λ_max; {@link org.scorekit.ntk.EmpiricalNtk}, H(τ)
 * with cross-output blocks and matrix-free J v, J^T u; {@link org.scorekit.ntk.KernelRegression},
 * GD, gradient flow, interpolant and ridge in closed form through one eigendecomposition
 * (one {@link org.scorekit.ntk.SpectralFilter} per dynamics, after neural-tangents
 * {@code predict.gradient_descent_mse}); {@link org.scorekit.ntk.KernelTrainer}, kernel GD as an
 * estimator producing a {@link org.scorekit.ntk.KernelDenoiser}.
 */
package org.scorekit.ntk;
