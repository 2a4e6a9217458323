package org.scorekit.train;

import org.scorekit.model.TwoLayerRelu;

/**
 * The full-batch loss L(W) = ½ Σ_j ‖f_W(z_j) − y_j‖² with its first-layer gradient: computed
 * on this machine by {@link FusedGradient}, or elsewhere by an implementation that sums the same
 * chunks in the same {@link ChunkTree} order.
 */
public interface LossGradient {
    /** Writes ∇_W L (m × D, row-major) into {@code gradient} and returns L(W). */
    double compute(TwoLayerRelu network, double[] gradient);
}
