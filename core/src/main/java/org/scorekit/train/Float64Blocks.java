package org.scorekit.train;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;

/**
 * The double-precision blocks of {@link FusedGradient}, worked in tiles of
 * {@link FusedGradient#HIDDEN_TILE} hidden units like {@link Float32Blocks}. Z and Y are read as
 * they are at each call (mini-batch training refills them in place); a chunk's partial gradient
 * accumulates in a per-thread buffer.
 */
final class Float64Blocks implements FusedBlocks {
    private final Matrix inputs;
    private final Matrix labels;
    private final int width;
    private final double scale;
    private double[] firstLayerT;
    private double[] outputLayer;
    /**
     * Per thread: one P buffer per tile (block × tile, read at offset 0 so that C2 vectorises the
     * element-wise loops), Q or G (block × tile), R (block × d) and the chunk's partial gradient
     * (D × m).
     */
    private final ThreadLocal<double[][]> work;

    Float64Blocks(Matrix inputs, Matrix labels, int width) {
        this.inputs = inputs;
        this.labels = labels;
        this.width = width;
        this.scale = 1.0 / Math.sqrt(width);
        int tiles = FusedGradient.tiles(width);
        int tileLength = FusedGradient.BLOCK_ROWS * Math.min(width, FusedGradient.HIDDEN_TILE);
        int inDim = inputs.cols();
        int outDim = labels.cols();
        this.work = ThreadLocal.withInitial(() -> {
            double[][] buffers = new double[tiles + 3][];
            for (int t = 0; t <= tiles; t++) {
                buffers[t] = new double[tileLength];
            }
            buffers[tiles + 1] = new double[FusedGradient.BLOCK_ROWS * outDim];
            buffers[tiles + 2] = new double[inDim * width];
            return buffers;
        });
    }

    @Override
    public void prepare(double[] firstLayerT, double[] outputLayer) {
        this.firstLayerT = firstLayerT;
        this.outputLayer = outputLayer;
    }

    @Override
    public double block(Backend backend, int from, int rows, boolean first) {
        int m = width;
        int inDim = inputs.cols();
        int outDim = labels.cols();
        double[] z = inputs.data();
        double[] y = labels.data();
        double[][] buffers = work.get();
        int tiles = buffers.length - 3;
        double[] q = buffers[tiles];
        double[] r = buffers[tiles + 1];
        for (int t = 0; t < tiles; t++) {
            int col = t * FusedGradient.HIDDEN_TILE;
            int cols = Math.min(FusedGradient.HIDDEN_TILE, m - col);
            double[] p = buffers[t];
            backend.gemm(Transpose.NO, Transpose.NO, rows, cols, inDim, 1.0, z, from * inDim,
                    inDim, firstLayerT, col, m, 0.0, p, 0, cols);
            for (int i = 0, len = rows * cols; i < len; i++) {
                q[i] = Math.max(p[i], 0.0);
            }
            backend.gemm(Transpose.NO, Transpose.NO, rows, outDim, cols, scale, q, 0, cols,
                    outputLayer, col * outDim, outDim, t == 0 ? 0.0 : 1.0, r, 0, outDim);
        }
        double loss = 0;
        int yOff = from * outDim;
        for (int i = 0; i < rows * outDim; i++) {
            double res = r[i] - y[yOff + i];
            r[i] = res;
            loss += res * res;
        }
        for (int t = 0; t < tiles; t++) {
            int col = t * FusedGradient.HIDDEN_TILE;
            int cols = Math.min(FusedGradient.HIDDEN_TILE, m - col);
            double[] p = buffers[t];
            backend.gemm(Transpose.NO, Transpose.YES, rows, cols, outDim, scale, r, 0, outDim,
                    outputLayer, col * outDim, outDim, 0.0, q, 0, cols);
            for (int i = 0, len = rows * cols; i < len; i++) {
                q[i] *= FusedGradient.reluDerivative(p[i]);
            }
            backend.gemm(Transpose.YES, Transpose.NO, inDim, cols, rows, 1.0, z, from * inDim,
                    inDim, q, 0, cols, first ? 0.0 : 1.0, buffers[tiles + 2], col, m);
        }
        return loss;
    }

    @Override
    public void finishChunk(double[] partialT) {
        double[][] buffers = work.get();
        System.arraycopy(buffers[buffers.length - 1], 0, partialT, 0, partialT.length);
    }
}
