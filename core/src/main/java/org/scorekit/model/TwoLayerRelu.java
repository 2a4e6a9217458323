package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;
import org.scorekit.random.Rng;

/**
 * The NTK-parametrised two-layer ReLU network f_W(z) = (1/√m) Σ_r a_r relu(w_r^T z),
 * z ∈ R^D, w_r ∈ R^D trained, a_r ∈ {±1}^d fixed (spec/score-estimation.md §5, after
 * Du et al. 2019). Init: w_r ~ N(0, I_D), a_rk uniform on {±1}; with the antisymmetric switch,
 * w_{r+m/2} = w_r and a_{r+m/2} = −a_r, so f_{W(0)} ≡ 0.
 *
 * <p>The first-layer weights W (m × D, row r = w_r) are mutable through
 * {@link #firstLayerData()} for the trainer; everything else is fixed.
 */
public final class TwoLayerRelu {
    /** Rows per block in the blocked forward pass; no n × m matrix is ever formed. */
    public static final int BLOCK_ROWS = 128;
    /** Hidden units per tile of a block in the forward pass. */
    public static final int HIDDEN_TILE = 256;

    private static final ThreadLocal<double[]> BLOCK = ThreadLocal.withInitial(() -> new double[0]);

    private final int width;
    private final int inputDimension;
    private final int outputDimension;
    private final double[] firstLayer;
    private final double[] outputLayer;

    private TwoLayerRelu(int width, int inputDimension, int outputDimension, double[] firstLayer,
                         double[] outputLayer) {
        this.width = width;
        this.inputDimension = inputDimension;
        this.outputDimension = outputDimension;
        this.firstLayer = firstLayer;
        this.outputLayer = outputLayer;
    }

    /** A freshly initialised network; {@code antisymmetric} requires an even width. */
    public static TwoLayerRelu initialize(int width, int inputDimension, int outputDimension,
                                          boolean antisymmetric, Rng rng) {
        Checks.positive("width", width);
        Checks.positive("input dimension", inputDimension);
        Checks.positive("output dimension", outputDimension);
        Checks.require(!antisymmetric || width % 2 == 0,
                "width must be even for antisymmetric initialisation: " + width);
        double[] w = new double[width * inputDimension];
        double[] a = new double[width * outputDimension];
        Rng weights = rng.fork("first-layer");
        Rng signs = rng.fork("output-layer");
        int drawn = antisymmetric ? width / 2 : width;
        for (int i = 0; i < drawn * inputDimension; i++) {
            w[i] = weights.nextGaussian();
        }
        for (int i = 0; i < drawn * outputDimension; i++) {
            a[i] = signs.nextSign();
        }
        if (antisymmetric) {
            System.arraycopy(w, 0, w, drawn * inputDimension, drawn * inputDimension);
            for (int i = 0; i < drawn * outputDimension; i++) {
                a[drawn * outputDimension + i] = -a[i];
            }
        }
        return new TwoLayerRelu(width, inputDimension, outputDimension, w, a);
    }

    /** A network with the given weights (copied); A must have entries ±1. */
    public static TwoLayerRelu of(Matrix firstLayer, Matrix outputLayer) {
        int m = firstLayer.rows();
        outputLayer.requireShape("output layer", m, outputLayer.cols());
        Checks.positive("width", m);
        for (double v : outputLayer.data()) {
            Checks.require(v == 1.0 || v == -1.0, "output layer entries must be +1 or -1: " + v);
        }
        Checks.allFinite("first layer", firstLayer.data());
        return new TwoLayerRelu(m, firstLayer.cols(), outputLayer.cols(),
                firstLayer.data().clone(), outputLayer.data().clone());
    }

    /** Width m. */
    public int width() {
        return width;
    }

    /** Input dimension D. */
    public int inputDimension() {
        return inputDimension;
    }

    /** Output dimension d. */
    public int outputDimension() {
        return outputDimension;
    }

    /** The trained first layer W (m × D, row-major), shared: writes change the network. */
    public double[] firstLayerData() {
        return firstLayer;
    }

    /** The fixed output layer A (m × d, row-major), shared: do not write. */
    public double[] outputLayerData() {
        return outputLayer;
    }

    /** W as a matrix copy. */
    public Matrix firstLayer() {
        return Matrix.wrap(width, inputDimension, firstLayer.clone());
    }

    /** A as a matrix copy. */
    public Matrix outputLayer() {
        return Matrix.wrap(width, outputDimension, outputLayer.clone());
    }

    /** An independent copy (weights copied). */
    public TwoLayerRelu copy() {
        return new TwoLayerRelu(width, inputDimension, outputDimension, firstLayer.clone(),
                outputLayer.clone());
    }

    /** f_W at each row of z (n × D); returns n × d. Blocked over rows, parallel over blocks. */
    public Matrix forward(Matrix z) {
        z.requireCols("network input", inputDimension);
        int n = z.rows();
        Matrix out = Matrix.zeros(n, outputDimension);
        Backend backend = Backends.current();
        int blocks = Parallel.chunkCount(n, BLOCK_ROWS);
        Parallel.forEachChunk(blocks, b -> {
            int from = b * BLOCK_ROWS;
            int rows = Math.min(BLOCK_ROWS, n - from);
            forwardBlock(backend, z.data(), from, rows, out.data());
        });
        return out;
    }

    /**
     * One block, in tiles of {@link #HIDDEN_TILE} hidden units: P_t = Z_b W_t^T, relu, and
     * out_b += relu(P_t) A_t/√m in tile order. A tile's P stays in L2, and the output product
     * is small enough (M·N·K ≤ 10^6 at d ≤ 30) for OpenBLAS's AVX-512 small-matrix kernels:
     * measured 10-15 % faster than whole-width blocks at m = 2048 (bench/README.md).
     */
    private void forwardBlock(Backend backend, double[] z, int from, int rows, double[] out) {
        double[] p = buffer(rows * Math.min(width, HIDDEN_TILE));
        double scale = 1.0 / Math.sqrt(width);
        for (int col = 0; col < width; col += HIDDEN_TILE) {
            int cols = Math.min(HIDDEN_TILE, width - col);
            backend.gemm(Transpose.NO, Transpose.YES, rows, cols, inputDimension, 1.0,
                    z, from * inputDimension, inputDimension, firstLayer, col * inputDimension,
                    inputDimension, 0.0, p, 0, cols);
            for (int i = 0, len = rows * cols; i < len; i++) {
                p[i] = Math.max(p[i], 0.0);
            }
            backend.gemm(Transpose.NO, Transpose.NO, rows, outputDimension, cols, scale, p, 0,
                    cols, outputLayer, col * outputDimension, outputDimension,
                    col == 0 ? 0.0 : 1.0, out, from * outputDimension, outputDimension);
        }
    }

    private static double[] buffer(int size) {
        double[] b = BLOCK.get();
        if (b.length < size) {
            b = new double[size];
            BLOCK.set(b);
        }
        return b;
    }
}
