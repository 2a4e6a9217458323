package org.scorekit.train;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;

/**
 * The double-precision blocks of {@link FusedGradient}. Z and Y are read as they are at each
 * call (mini-batch training refills them in place); a chunk's partial gradient accumulates in a
 * per-thread buffer.
 */
final class Float64Blocks implements FusedBlocks {
    private final Matrix inputs;
    private final Matrix labels;
    private final int width;
    private final double scale;
    private double[] firstLayerT;
    private double[] outputLayer;
    /** Per thread: P, Q (block × m), R (block × d) and the chunk's partial gradient (D × m). */
    private final ThreadLocal<double[][]> work;

    Float64Blocks(Matrix inputs, Matrix labels, int width) {
        this.inputs = inputs;
        this.labels = labels;
        this.width = width;
        this.scale = 1.0 / Math.sqrt(width);
        int rows = FusedGradient.BLOCK_ROWS;
        int inDim = inputs.cols();
        int outDim = labels.cols();
        this.work = ThreadLocal.withInitial(() -> new double[][] {new double[rows * width],
            new double[rows * width], new double[rows * outDim], new double[inDim * width]});
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
        double[] p = buffers[0];
        double[] q = buffers[1];
        double[] r = buffers[2];
        int len = rows * m;
        backend.gemm(Transpose.NO, Transpose.NO, rows, m, inDim, 1.0, z, from * inDim, inDim,
                firstLayerT, 0, m, 0.0, p, 0, m);
        for (int i = 0; i < len; i++) {
            q[i] = Math.max(p[i], 0.0);
        }
        backend.gemm(Transpose.NO, Transpose.NO, rows, outDim, m, scale, q, 0, m, outputLayer, 0,
                outDim, 0.0, r, 0, outDim);
        double loss = 0;
        int yOff = from * outDim;
        for (int i = 0; i < rows * outDim; i++) {
            double res = r[i] - y[yOff + i];
            r[i] = res;
            loss += res * res;
        }
        backend.gemm(Transpose.NO, Transpose.YES, rows, m, outDim, scale, r, 0, outDim,
                outputLayer, 0, outDim, 0.0, q, 0, m);
        for (int i = 0; i < len; i++) {
            q[i] *= FusedGradient.reluDerivative(p[i]);
        }
        backend.gemm(Transpose.YES, Transpose.NO, inDim, m, rows, 1.0, z, from * inDim, inDim,
                q, 0, m, first ? 0.0 : 1.0, buffers[3], 0, m);
        return loss;
    }

    @Override
    public void finishChunk(double[] partialT) {
        System.arraycopy(work.get()[3], 0, partialT, 0, partialT.length);
    }
}
