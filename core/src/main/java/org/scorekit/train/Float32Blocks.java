package org.scorekit.train;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;

/**
 * The single-precision blocks of {@link FusedGradient}: Z and Y are rounded to float once, at
 * construction, W^T and A at every step; the products run as sgemm and a chunk's partial
 * gradient accumulates in float over its {@link FusedGradient#BLOCKS_PER_CHUNK} blocks before
 * it is widened for the double reduction over chunks. The block loss is summed in double.
 *
 * <p>A block is worked in tiles of {@link FusedGradient#HIDDEN_TILE} hidden units, in two
 * passes: the first forms each tile's P and relu(P) and adds its share Q_t A_t/√m of the output
 * (in tile order), the second, once R_b is known, forms G_t and adds Z_b^T G_t. A tile's P and G
 * (128 KB each) stay in the core's L2, and at D, d ≤ 30 three of the four products have
 * M·N·K ≤ 10^6, where OpenBLAS's AVX-512 build runs its small-matrix kernels without packing
 * (the fourth, R_b A_t^T, has a transposed layout those kernels exclude). Measured 20-25 %
 * faster per step than whole-width blocks at m = 2048 (bench/README.md). The tile boundaries
 * are fixed, so results do not depend on the thread count.
 */
final class Float32Blocks implements FusedBlocks {
    private final float[] z;
    private final float[] y;
    private final int inDim;
    private final int outDim;
    private final int width;
    private final float scale;
    private final float[] firstLayerT;
    private final float[] outputLayer;
    /**
     * Per thread: one P buffer per tile (block × tile each: the element-wise loops read them at
     * offset 0, which C2 vectorises; at a variable offset it did not, and they ran 6x slower),
     * then Q or G (block × tile), the residuals (block × d) and the chunk's Z^T G (D × m).
     */
    private final ThreadLocal<float[][]> work;

    Float32Blocks(Matrix inputs, Matrix labels, int width) {
        this.z = narrow(inputs.data());
        this.y = narrow(labels.data());
        this.inDim = inputs.cols();
        this.outDim = labels.cols();
        this.width = width;
        this.scale = (float) (1.0 / Math.sqrt(width));
        this.firstLayerT = new float[inDim * width];
        this.outputLayer = new float[width * outDim];
        int tiles = FusedGradient.tiles(width);
        int tileLength = FusedGradient.BLOCK_ROWS * Math.min(width, FusedGradient.HIDDEN_TILE);
        this.work = ThreadLocal.withInitial(() -> {
            float[][] buffers = new float[tiles + 3][];
            for (int t = 0; t <= tiles; t++) {
                buffers[t] = new float[tileLength];
            }
            buffers[tiles + 1] = new float[FusedGradient.BLOCK_ROWS * outDim];
            buffers[tiles + 2] = new float[inDim * width];
            return buffers;
        });
    }

    @Override
    public void prepare(double[] firstLayerT, double[] outputLayer) {
        narrow(firstLayerT, this.firstLayerT);
        narrow(outputLayer, this.outputLayer);
    }

    @Override
    public double block(Backend backend, int from, int rows, boolean first) {
        int m = width;
        float[][] buffers = work.get();
        int tiles = buffers.length - 3;
        float[] act = buffers[tiles];
        float[] res = buffers[tiles + 1];
        float[] acc = buffers[tiles + 2];
        for (int t = 0; t < tiles; t++) {
            int col = t * FusedGradient.HIDDEN_TILE;
            int cols = Math.min(FusedGradient.HIDDEN_TILE, m - col);
            float[] pre = buffers[t];
            backend.sgemm(Transpose.NO, Transpose.NO, rows, cols, inDim, 1f, z, from * inDim,
                    inDim, firstLayerT, col, m, 0f, pre, 0, cols);
            for (int i = 0, len = rows * cols; i < len; i++) {
                act[i] = Math.max(pre[i], 0f);
            }
            backend.sgemm(Transpose.NO, Transpose.NO, rows, outDim, cols, scale, act, 0, cols,
                    outputLayer, col * outDim, outDim, t == 0 ? 0f : 1f, res, 0, outDim);
        }
        double loss = 0;
        for (int i = 0, j = from * outDim; i < rows * outDim; i++, j++) {
            res[i] -= y[j];
            loss += (double) res[i] * res[i];
        }
        for (int t = 0; t < tiles; t++) {
            int col = t * FusedGradient.HIDDEN_TILE;
            int cols = Math.min(FusedGradient.HIDDEN_TILE, m - col);
            float[] pre = buffers[t];
            backend.sgemm(Transpose.NO, Transpose.YES, rows, cols, outDim, scale, res, 0, outDim,
                    outputLayer, col * outDim, outDim, 0f, act, 0, cols);
            for (int i = 0, len = rows * cols; i < len; i++) {
                act[i] *= reluDerivative(pre[i]);
            }
            backend.sgemm(Transpose.YES, Transpose.NO, inDim, cols, rows, 1f, z, from * inDim,
                    inDim, act, 0, cols, first ? 0f : 1f, acc, col, m);
        }
        return loss;
    }

    @Override
    public void finishChunk(double[] partialT) {
        float[][] buffers = work.get();
        float[] acc = buffers[buffers.length - 1];
        for (int i = 0; i < partialT.length; i++) {
            partialT[i] = acc[i];
        }
    }

    /**
     * 1{p ≥ 0} in float without a branch, as {@link FusedGradient#reluDerivative(double)}: the
     * two factors 2^75 send every negative float, subnormals included, to at most −2.
     */
    static float reluDerivative(float p) {
        return 1f + Math.max(Math.min(p, 0f) * 0x1p75f * 0x1p75f, -1f);
    }

    private static float[] narrow(double[] x) {
        float[] out = new float[x.length];
        narrow(x, out);
        return out;
    }

    private static void narrow(double[] x, float[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) x[i];
        }
    }
}
