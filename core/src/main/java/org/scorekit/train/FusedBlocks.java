package org.scorekit.train;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.scorekit.linalg.Backend;

/**
 * One precision's arithmetic inside {@link FusedGradient}: for a block of rows, P = Z_b W^T,
 * Q = relu(P), R_b = Q A/√m − Y_b, G_b = (R_b A^T/√m) ⊙ 1{P ≥ 0}, and the partial gradient
 * Z_b^T G_b (D × m) added to the chunk's.
 *
 * <p>{@link #block} works the block in tiles of {@link FusedGradient#HIDDEN_TILE} hidden units,
 * in two passes: the first forms each tile's P and Q and adds its share Q_t A_t/√m of the output
 * (in tile order), the second, once R_b is known, forms G_t and adds Z_b^T G_t. A tile's P and G
 * stay in the core's L2, and at D, d ≤ 30 three of the four products have M·N·K ≤ 10^6, where
 * OpenBLAS's AVX-512 sgemm runs small-matrix kernels without packing (the fourth, R_b A_t^T, has
 * a transposed layout those kernels exclude). Measured 20-25 % faster per step in float32 and
 * about 10 % in float64 than whole-width blocks at m = 2048 (bench/README.md). At wide inputs
 * and outputs a block is one tile ({@link #tileWidth}). The tile boundaries depend only on the
 * shape, so results do not depend on the thread count.
 */
abstract class FusedBlocks {
    /** Hidden units m. */
    final int width;
    /** Number of tiles, the last one possibly partial. */
    final int tiles;
    /** Hidden units per tile, the last tile possibly narrower. */
    final int tile;
    /** Entries of one tile buffer (block rows × tile width). */
    private final int tileLength;

    FusedBlocks(int width, int inDim, int outDim) {
        this.width = width;
        this.tile = tileWidth(width, inDim, outDim);
        this.tiles = (width + tile - 1) / tile;
        this.tileLength = FusedGradient.BLOCK_ROWS * tile;
    }

    /**
     * Hidden units per tile for width m, input width D and output width d:
     * {@link FusedGradient#HIDDEN_TILE} while min(D, d) ≤
     * {@link FusedGradient#TILED_DIMENSION_LIMIT}, else m. Tiles pay where the products are
     * small; at D = 94, d = 93 every product is far beyond the small-matrix kernels and tiles
     * only repeat the packing of Z_b and R_b once per tile: the whole width measured 3-5 % faster
     * per step in float64 and 0-4 % in float32 (m = 2048, 1 and 2 threads). Between D = 32 and
     * 64 the two were within a few per cent either way, and float32 still favoured tiles at 50.
     */
    static int tileWidth(int width, int inDim, int outDim) {
        return Math.min(inDim, outDim) > FusedGradient.TILED_DIMENSION_LIMIT ? width
                : Math.min(width, FusedGradient.HIDDEN_TILE);
    }

    /**
     * Per-thread buffers of one element type: one P buffer per tile (index = tile), Q or G
     * (index {@code tiles}), R_b ({@code tiles + 1}) and the chunk's partial gradient D × m
     * ({@code tiles + 2}).
     */
    final <A> ThreadLocal<A[]> perThreadBuffers(int inDim, int outDim, IntFunction<A> array,
                                                IntFunction<A[]> arrays) {
        int[] lengths = new int[tiles + 3];
        Arrays.fill(lengths, 0, tiles + 1, tileLength);
        lengths[tiles + 1] = FusedGradient.BLOCK_ROWS * outDim;
        lengths[tiles + 2] = inDim * width;
        return ThreadLocal.withInitial(() -> {
            A[] buffers = arrays.apply(lengths.length);
            for (int i = 0; i < lengths.length; i++) {
                buffers[i] = array.apply(lengths[i]);
            }
            return buffers;
        });
    }

    /** Takes this step's W^T (D × m, row-major) and output layer A (m × d). */
    abstract void prepare(double[] firstLayerT, double[] outputLayer);

    /**
     * Tile {@code tile} (hidden units {@code col .. col + cols − 1}) of the rows
     * {@code from .. from + rows − 1}: P_t = Z_b W_t^T and Q_t = relu(P_t), then
     * R_b += Q_t A_t/√m (R_b = Q_t A_t/√m for the first tile).
     */
    abstract void forwardTile(Backend backend, int from, int rows, int tile, int col, int cols);

    /** R_b −= Y_b; returns Σ ‖R_b‖² over the block, summed in double. */
    abstract double residuals(int from, int rows);

    /**
     * G_t = (R_b A_t^T/√m) ⊙ 1{P_t ≥ 0}, then the chunk's partial gradient columns
     * {@code col .. col + cols − 1} += Z_b^T G_t (overwritten when {@code first}).
     */
    abstract void backwardTile(Backend backend, int from, int rows, int tile, int col, int cols,
                               boolean first);

    /** Writes the chunk's partial gradient (D × m, row-major) into {@code partialT}. */
    abstract void finishChunk(double[] partialT);

    /**
     * Rows {@code from .. from + rows − 1}: adds Z_b^T G_b into the chunk's partial gradient
     * (overwrites it when {@code first}) and returns Σ ‖f(z_j) − y_j‖² over the block.
     */
    final double block(Backend backend, int from, int rows, boolean first) {
        for (int t = 0; t < tiles; t++) {
            int col = t * tile;
            forwardTile(backend, from, rows, t, col, Math.min(tile, width - col));
        }
        double loss = residuals(from, rows);
        for (int t = 0; t < tiles; t++) {
            int col = t * tile;
            backwardTile(backend, from, rows, t, col, Math.min(tile, width - col), first);
        }
        return loss;
    }
}
