package org.scorekit.train;

import org.scorekit.linalg.Backend;

/**
 * One precision's arithmetic inside {@link FusedGradient}: for a block of rows, P = Z_b W^T,
 * Q = relu(P), R_b = Q A/√m − Y_b, G_b = (R_b A^T/√m) ⊙ 1{P ≥ 0}, and the partial gradient
 * Z_b^T G_b (D × m) added to the chunk's.
 */
interface FusedBlocks {
    /** Takes this step's W^T (D × m, row-major) and output layer A (m × d). */
    void prepare(double[] firstLayerT, double[] outputLayer);

    /**
     * Rows {@code from .. from + rows − 1}: adds Z_b^T G_b into the chunk's partial gradient
     * (overwrites it when {@code first}) and returns Σ ‖f(z_j) − y_j‖² over the block.
     */
    double block(Backend backend, int from, int rows, boolean first);

    /** Writes the chunk's partial gradient (D × m, row-major) into {@code partialT}. */
    void finishChunk(double[] partialT);
}
