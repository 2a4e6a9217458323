/**
 * Neural tangent kernels of the two-layer ReLU network (spec/score-estimation.md §6):
 * {@link org.scorekit.ntk.ReluNtk}, the closed-form infinite-width kernel, its Gram matrix and
 * λ_max for the step-size convention.
 */
package org.scorekit.ntk;
