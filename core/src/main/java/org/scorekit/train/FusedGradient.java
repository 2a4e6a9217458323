package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;
import org.scorekit.model.TwoLayerRelu;

/**
 * Loss and first-layer gradient of L(W) = ½ Σ_j ‖f_W(z_j) − y_j‖², fused and blocked over
 * samples (DESIGN.md §6, spec §5): for each block of rows, P = Z_b W^T, Q = relu(P),
 * R_b = Q A/√m − Y_b, G_b = (R_b A^T/√m) ⊙ 1{P ≥ 0}, and grad^T += Z_b^T G_b. No N × m matrix
 * exists; a block's P and G stay in cache.
 *
 * <p>The two products with the short dimension D run on transposed layouts: W^T (D × m) is
 * formed once per call so that P = Z_b W^T needs no transposed operand, and the gradient is
 * accumulated as the D × m matrix Z_b^T G_b (wide output rows) and transposed once at the end.
 * On OpenBLAS these two layouts are 15-35 % faster than m × D ones (bench/README.md).
 *
 * <p>Blocks are grouped into chunks of a fixed number of rows; each chunk accumulates its own
 * partial gradient and the partials are summed in chunk order, so the result is bit-identical
 * for every thread count.
 */
public final class FusedGradient {
    /** Rows per block. */
    public static final int BLOCK_ROWS = 128;
    /** Blocks per chunk (the unit of parallel work and of the fixed-order reduction). */
    public static final int BLOCKS_PER_CHUNK = 8;
    /** Gradient entries per slice of the parallel chunk-order reduction. */
    private static final int REDUCE_SLICE = 4096;

    private static final ThreadLocal<double[][]> WORK = ThreadLocal.withInitial(() -> null);

    private final Matrix inputs;
    private final Matrix labels;
    private final int width;
    private final int chunks;
    private final double[][] partials;
    private final double[] chunkLoss;
    private final double[] firstLayerT;
    private final double[] gradientT;

    /** Prepares the kernel for inputs Z (N × D) and labels Y (N × d). */
    public FusedGradient(Matrix inputs, Matrix labels, int width) {
        Checks.sameSize("label rows", inputs.rows(), labels.rows());
        Checks.positive("width", width);
        this.inputs = inputs;
        this.labels = labels;
        this.width = width;
        this.chunks = Parallel.chunkCount(inputs.rows(), BLOCK_ROWS * BLOCKS_PER_CHUNK);
        this.partials = new double[chunks][width * inputs.cols()];
        this.chunkLoss = new double[chunks];
        this.firstLayerT = new double[width * inputs.cols()];
        this.gradientT = new double[width * inputs.cols()];
    }

    /**
     * Writes ∇_W L (m × D, row-major) into {@code gradient} and returns L(W).
     * ∇_{w_r} L = (1/√m) Σ_j [a_r^T (f_W(z_j) − y_j)] 1{w_r^T z_j ≥ 0} z_j  (relu'(0) := 1).
     */
    public double compute(TwoLayerRelu network, double[] gradient) {
        int m = network.width();
        int inDim = inputs.cols();
        Checks.sameSize("network input dimension", inDim, network.inputDimension());
        Checks.sameSize("network output dimension", labels.cols(), network.outputDimension());
        Checks.sameSize("gradient length", m * inDim, gradient.length);
        Checks.sameSize("network width", width, m);
        Backend backend = Backends.current();
        transpose(network.firstLayerData(), m, inDim, firstLayerT);
        Parallel.forEachChunk(chunks, c -> chunkLoss[c] = chunk(backend, network, c));
        int len = gradient.length;
        // Each entry is summed over chunks in chunk order, whichever thread owns its slice.
        Parallel.forEachChunk(Parallel.chunkCount(len, REDUCE_SLICE), s -> {
            int from = s * REDUCE_SLICE;
            int to = Math.min(len, from + REDUCE_SLICE);
            System.arraycopy(partials[0], from, gradientT, from, to - from);
            for (int c = 1; c < chunks; c++) {
                double[] p = partials[c];
                for (int i = from; i < to; i++) {
                    gradientT[i] += p[i];
                }
            }
        });
        transpose(gradientT, inDim, m, gradient);
        double loss = chunkLoss[0];
        for (int c = 1; c < chunks; c++) {
            loss += chunkLoss[c];
        }
        return 0.5 * loss;
    }

    /**
     * 1{p ≥ 0} (so relu'(0) = 1, and −0.0 counts as 0) without a branch: a data-dependent
     * branch on random signs mispredicts half the time and cost more than all four GEMMs.
     * min(p, 0) is 0 or −0 for p ≥ 0 and negative otherwise; scaling by 2^1200 sends every
     * negative value, subnormals included, to at most −2^126, which the max clamps to −1.
     */
    static double reluDerivative(double p) {
        return 1.0 + Math.max(Math.min(p, 0.0) * 0x1p600 * 0x1p600, -1.0);
    }

    /** Writes the transpose of the row-major rows × cols matrix {@code src} into {@code dst}. */
    private static void transpose(double[] src, int rows, int cols, double[] dst) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dst[j * rows + i] = src[i * cols + j];
            }
        }
    }

    private double chunk(Backend backend, TwoLayerRelu network, int c) {
        int n = inputs.rows();
        int m = network.width();
        int inDim = inputs.cols();
        int outDim = labels.cols();
        double scale = 1.0 / Math.sqrt(m);
        double[] wT = firstLayerT;
        double[] a = network.outputLayerData();
        double[] z = inputs.data();
        double[] y = labels.data();
        double[][] work = workspace(m, outDim);
        double[] p = work[0];
        double[] q = work[1];
        double[] r = work[2];
        double[] partial = partials[c];
        double loss = 0;
        int chunkStart = c * BLOCK_ROWS * BLOCKS_PER_CHUNK;
        int chunkEnd = Math.min(n, chunkStart + BLOCK_ROWS * BLOCKS_PER_CHUNK);
        for (int from = chunkStart; from < chunkEnd; from += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, chunkEnd - from);
            int len = rows * m;
            backend.gemm(Transpose.NO, Transpose.NO, rows, m, inDim, 1.0, z, from * inDim, inDim,
                    wT, 0, m, 0.0, p, 0, m);
            for (int i = 0; i < len; i++) {
                q[i] = Math.max(p[i], 0.0);
            }
            backend.gemm(Transpose.NO, Transpose.NO, rows, outDim, m, scale, q, 0, m, a, 0, outDim,
                    0.0, r, 0, outDim);
            int yOff = from * outDim;
            for (int i = 0; i < rows * outDim; i++) {
                double res = r[i] - y[yOff + i];
                r[i] = res;
                loss += res * res;
            }
            backend.gemm(Transpose.NO, Transpose.YES, rows, m, outDim, scale, r, 0, outDim, a, 0,
                    outDim, 0.0, q, 0, m);
            for (int i = 0; i < len; i++) {
                q[i] *= reluDerivative(p[i]);
            }
            backend.gemm(Transpose.YES, Transpose.NO, inDim, m, rows, 1.0, z, from * inDim, inDim,
                    q, 0, m, from == chunkStart ? 0.0 : 1.0, partial, 0, m);
        }
        return loss;
    }

    private static double[][] workspace(int m, int outDim) {
        double[][] work = WORK.get();
        if (work == null || work[0].length < BLOCK_ROWS * m || work[2].length < BLOCK_ROWS * outDim) {
            work = new double[][] {new double[BLOCK_ROWS * m], new double[BLOCK_ROWS * m],
                new double[BLOCK_ROWS * outDim]};
            WORK.set(work);
        }
        return work;
    }
}
