package org.scorekit.train;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;

/**
 * The single-precision blocks of {@link FusedGradient}: Z and Y are rounded to float once, at
 * construction, W^T and A at every step; the four products run as sgemm and a chunk's partial
 * gradient accumulates in float over its {@link FusedGradient#BLOCKS_PER_CHUNK} blocks before
 * it is widened for the double reduction over chunks. The block loss is summed in double.
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
    /** Per thread: pre-activations, activations (block × m), residuals (block × d), Z^T G. */
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
        int rows = FusedGradient.BLOCK_ROWS;
        this.work = ThreadLocal.withInitial(() -> new float[][] {new float[rows * width],
            new float[rows * width], new float[rows * outDim], new float[inDim * width]});
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
        float[] pre = buffers[0];
        float[] act = buffers[1];
        float[] res = buffers[2];
        int len = rows * m;
        backend.sgemm(Transpose.NO, Transpose.NO, rows, m, inDim, 1f, z, from * inDim, inDim,
                firstLayerT, 0, m, 0f, pre, 0, m);
        for (int i = 0; i < len; i++) {
            act[i] = Math.max(pre[i], 0f);
        }
        backend.sgemm(Transpose.NO, Transpose.NO, rows, outDim, m, scale, act, 0, m, outputLayer,
                0, outDim, 0f, res, 0, outDim);
        double loss = 0;
        for (int i = 0, j = from * outDim; i < rows * outDim; i++, j++) {
            res[i] -= y[j];
            loss += (double) res[i] * res[i];
        }
        backend.sgemm(Transpose.NO, Transpose.YES, rows, m, outDim, scale, res, 0, outDim,
                outputLayer, 0, outDim, 0f, act, 0, m);
        for (int i = 0; i < len; i++) {
            act[i] *= reluDerivative(pre[i]);
        }
        backend.sgemm(Transpose.YES, Transpose.NO, inDim, m, rows, 1f, z, from * inDim, inDim,
                act, 0, m, first ? 0f : 1f, buffers[3], 0, m);
        return loss;
    }

    @Override
    public void finishChunk(double[] partialT) {
        float[] acc = work.get()[3];
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
