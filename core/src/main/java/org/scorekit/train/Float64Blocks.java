package org.scorekit.train;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;

/**
 * The double-precision blocks of {@link FusedGradient}. Z and Y are read as they are at each
 * call (mini-batch training refills them in place); a chunk's partial gradient accumulates in a
 * per-thread buffer.
 */
final class Float64Blocks extends FusedBlocks {
    private final Matrix inputs;
    private final Matrix labels;
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
        super(width, inputs.cols(), labels.cols());
        this.inputs = inputs;
        this.labels = labels;
        this.scale = 1.0 / Math.sqrt(width);
        this.work = perThreadBuffers(inputs.cols(), labels.cols(), double[]::new, double[][]::new);
    }

    @Override
    void prepare(double[] firstLayerT, double[] outputLayer) {
        this.firstLayerT = firstLayerT;
        this.outputLayer = outputLayer;
    }

    @Override
    void forwardTile(Backend backend, int from, int rows, int tile, int col, int cols) {
        int inDim = inputs.cols();
        int outDim = labels.cols();
        double[][] buffers = work.get();
        double[] p = buffers[tile];
        double[] q = buffers[tiles];
        backend.gemm(Transpose.NO, Transpose.NO, rows, cols, inDim, 1.0, inputs.data(),
                from * inDim, inDim, firstLayerT, col, width, 0.0, p, 0, cols);
        for (int i = 0, len = rows * cols; i < len; i++) {
            q[i] = Math.max(p[i], 0.0);
        }
        backend.gemm(Transpose.NO, Transpose.NO, rows, outDim, cols, scale, q, 0, cols,
                outputLayer, col * outDim, outDim, tile == 0 ? 0.0 : 1.0, buffers[tiles + 1], 0,
                outDim);
    }

    @Override
    double residuals(int from, int rows) {
        int outDim = labels.cols();
        double[] y = labels.data();
        double[] r = work.get()[tiles + 1];
        double loss = 0;
        for (int i = 0, j = from * outDim; i < rows * outDim; i++, j++) {
            double res = r[i] - y[j];
            r[i] = res;
            loss += res * res;
        }
        return loss;
    }

    @Override
    void backwardTile(Backend backend, int from, int rows, int tile, int col, int cols,
                      boolean first) {
        int inDim = inputs.cols();
        int outDim = labels.cols();
        double[][] buffers = work.get();
        double[] p = buffers[tile];
        double[] q = buffers[tiles];
        backend.gemm(Transpose.NO, Transpose.YES, rows, cols, outDim, scale, buffers[tiles + 1],
                0, outDim, outputLayer, col * outDim, outDim, 0.0, q, 0, cols);
        for (int i = 0, len = rows * cols; i < len; i++) {
            q[i] *= FusedGradient.reluDerivative(p[i]);
        }
        backend.gemm(Transpose.YES, Transpose.NO, inDim, cols, rows, 1.0, inputs.data(),
                from * inDim, inDim, q, 0, cols, first ? 0.0 : 1.0, buffers[tiles + 2], col,
                width);
    }

    @Override
    void finishChunk(double[] partialT) {
        System.arraycopy(work.get()[tiles + 2], 0, partialT, 0, partialT.length);
    }
}
