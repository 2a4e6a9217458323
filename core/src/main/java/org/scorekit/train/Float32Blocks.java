package org.scorekit.train;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;

/**
 * The single-precision blocks of {@link FusedGradient}: Z and Y are rounded to float once, at
 * construction, W^T and A at every step; the products run as sgemm and a chunk's partial
 * gradient accumulates in float over its {@link FusedGradient#BLOCKS_PER_CHUNK} blocks before
 * it is widened for the double reduction over chunks. The block loss is summed in double.
 */
final class Float32Blocks extends FusedBlocks {
    private final float[] z;
    private final float[] y;
    private final int inDim;
    private final int outDim;
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
        super(width, inputs.cols(), labels.cols());
        this.z = narrow(inputs.data());
        this.y = narrow(labels.data());
        this.inDim = inputs.cols();
        this.outDim = labels.cols();
        this.scale = (float) (1.0 / Math.sqrt(width));
        this.firstLayerT = new float[inDim * width];
        this.outputLayer = new float[width * outDim];
        this.work = perThreadBuffers(inputs.cols(), labels.cols(), float[]::new, float[][]::new);
    }

    @Override
    void prepare(double[] firstLayerT, double[] outputLayer) {
        narrow(firstLayerT, this.firstLayerT);
        narrow(outputLayer, this.outputLayer);
    }

    @Override
    void forwardTile(Backend backend, int from, int rows, int tile, int col, int cols) {
        float[][] buffers = work.get();
        float[] pre = buffers[tile];
        float[] act = buffers[tiles];
        backend.sgemm(Transpose.NO, Transpose.NO, rows, cols, inDim, 1f, z, from * inDim, inDim,
                firstLayerT, col, width, 0f, pre, 0, cols);
        for (int i = 0, len = rows * cols; i < len; i++) {
            act[i] = Math.max(pre[i], 0f);
        }
        backend.sgemm(Transpose.NO, Transpose.NO, rows, outDim, cols, scale, act, 0, cols,
                outputLayer, col * outDim, outDim, tile == 0 ? 0f : 1f, buffers[tiles + 1], 0,
                outDim);
    }

    @Override
    double residuals(int from, int rows) {
        float[] res = work.get()[tiles + 1];
        double loss = 0;
        for (int i = 0, j = from * outDim; i < rows * outDim; i++, j++) {
            res[i] -= y[j];
            loss += (double) res[i] * res[i];
        }
        return loss;
    }

    @Override
    void backwardTile(Backend backend, int from, int rows, int tile, int col, int cols,
                      boolean first) {
        float[][] buffers = work.get();
        float[] pre = buffers[tile];
        float[] act = buffers[tiles];
        backend.sgemm(Transpose.NO, Transpose.YES, rows, cols, outDim, scale, buffers[tiles + 1],
                0, outDim, outputLayer, col * outDim, outDim, 0f, act, 0, cols);
        for (int i = 0, len = rows * cols; i < len; i++) {
            act[i] *= reluDerivative(pre[i]);
        }
        backend.sgemm(Transpose.YES, Transpose.NO, inDim, cols, rows, 1f, z, from * inDim, inDim,
                act, 0, cols, first ? 0f : 1f, buffers[tiles + 2], col, width);
    }

    @Override
    void finishChunk(double[] partialT) {
        float[] acc = work.get()[tiles + 2];
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
