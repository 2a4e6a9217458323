package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.model.TwoLayerRelu;

/**
 * Loss and first-layer gradient of L(W) = ½ Σ_j ‖f_W(z_j) − y_j‖², fused and blocked over
 * samples (DESIGN.md §6, spec §5): for each block of rows, P = Z_b W^T, Q = relu(P),
 * R_b = Q A/√m − Y_b, G_b = (R_b A^T/√m) ⊙ 1{P ≥ 0}, and grad^T += Z_b^T G_b. No N × m matrix
 * exists: each block is worked in tiles of {@link #HIDDEN_TILE} hidden units (P and Q/A tile
 * by tile, then, once R_b is known, G and Z_b^T G tile by tile), so a tile's P and G stay in
 * cache; when D and d both exceed {@link #TILED_DIMENSION_LIMIT}, in one tile of the whole width.
 *
 * <p>The two products with the short dimension D run on transposed layouts: W^T (D × m) is
 * formed once per call so that P = Z_b W^T needs no transposed operand, and the gradient is
 * accumulated as the D × m matrix Z_b^T G_b (wide output rows) and transposed once at the end.
 * On OpenBLAS these two layouts are 15-35 % faster than m × D ones (bench/README.md).
 *
 * <p>The arithmetic is {@link Float64Blocks} or, with {@link Precision#FLOAT32},
 * {@link Float32Blocks}: single-precision products at about twice the flop rate, with the
 * reduction over chunks, the loss and the weights in double.
 *
 * <p>Blocks are grouped into chunks of a fixed number of rows; each chunk accumulates its own
 * partial gradient and loss, and the partials are summed in the fixed pairwise order of
 * {@link ChunkTree}, so the result is bit-identical for every thread count, and for a
 * distributed step that sums the same chunks with a {@link ChunkTree} ({@link #chunkSums}).
 */
public final class FusedGradient implements LossGradient {
    /** Rows per block. */
    public static final int BLOCK_ROWS = 128;
    /**
     * Hidden units per tile inside a block: both precisions form P, G and the products tile by
     * tile (see {@link FusedBlocks}), so a tile's P and G stay in L2.
     */
    public static final int HIDDEN_TILE = 256;
    /**
     * Blocks are worked in tiles of {@link #HIDDEN_TILE} while min(D, d) is at most this, at
     * their whole width beyond (see {@link FusedBlocks#tileWidth}).
     */
    public static final int TILED_DIMENSION_LIMIT = 64;
    /** Blocks per chunk (the unit of parallel work and of the fixed-order reduction). */
    public static final int BLOCKS_PER_CHUNK = 8;
    /** Gradient entries per slice of the parallel chunk-order reduction. */
    private static final int REDUCE_SLICE = 4096;

    private final Matrix inputs;
    private final Matrix labels;
    private final int width;
    private final Precision precision;
    private final FusedBlocks blocks;
    private final int chunks;
    private final double[][] partials;
    private final double[] chunkLoss;
    private final double[] firstLayerT;

    /** Prepares the double-precision kernel for inputs Z (N × D) and labels Y (N × d). */
    public FusedGradient(Matrix inputs, Matrix labels, int width) {
        this(inputs, labels, width, Precision.FLOAT64);
    }

    /**
     * Prepares the kernel in the given precision. In {@code float32} Z and Y are rounded to
     * float here, once: later changes to them are not seen (full-batch training only).
     */
    public FusedGradient(Matrix inputs, Matrix labels, int width, Precision precision) {
        Checks.sameSize("label rows", inputs.rows(), labels.rows());
        Checks.positive("width", width);
        Checks.require(precision != null, "precision must be given");
        this.inputs = inputs;
        this.labels = labels;
        this.width = width;
        this.precision = precision;
        this.blocks = precision == Precision.FLOAT64 ? new Float64Blocks(inputs, labels, width)
                : new Float32Blocks(inputs, labels, width);
        this.chunks = Parallel.chunkCount(inputs.rows(), BLOCK_ROWS * BLOCKS_PER_CHUNK);
        this.partials = new double[chunks][width * inputs.cols()];
        this.chunkLoss = new double[chunks];
        this.firstLayerT = new double[width * inputs.cols()];
    }

    /**
     * Writes ∇_W L (m × D, row-major) into {@code gradient} and returns L(W).
     * ∇_{w_r} L = (1/√m) Σ_j [a_r^T (f_W(z_j) − y_j)] 1{w_r^T z_j ≥ 0} z_j  (relu'(0) := 1).
     */
    @Override
    public double compute(TwoLayerRelu network, double[] gradient) {
        Checks.sameSize("gradient length", network.width() * inputs.cols(), gradient.length);
        computeChunks(network);
        int len = gradient.length;
        // Each entry is summed over chunks in the tree's order, whichever thread owns its slice.
        Parallel.forEachChunk(Parallel.chunkCount(len, REDUCE_SLICE), s -> {
            int from = s * REDUCE_SLICE;
            ChunkTree.sumInPlace(partials, chunks, from, Math.min(len, from + REDUCE_SLICE));
        });
        transpose(partials[0], inputs.cols(), width, gradient);
        return 0.5 * ChunkTree.sumInPlace(chunkLoss, chunks);
    }

    /**
     * The per-chunk partial sums at W as leaves of a {@link ChunkTree} over {@code totalChunks}
     * chunks, this kernel's rows being chunks {@code firstChunk}, {@code firstChunk + 1}, ...
     * of the whole problem (so its rows must start on a chunk boundary of the whole). The
     * values are in the transposed layout that {@link #gradient} turns into ∇_W L.
     */
    public ChunkTree chunkSums(TwoLayerRelu network, int firstChunk, int totalChunks) {
        Checks.require(firstChunk >= 0 && firstChunk + chunks <= totalChunks,
                "chunks [" + firstChunk + ", " + (firstChunk + chunks) + ") outside [0, "
                        + totalChunks + ")");
        computeChunks(network);
        ChunkTree tree = new ChunkTree(totalChunks);
        for (int c = 0; c < chunks; c++) {
            tree.add(firstChunk + c, partials[c].clone(), chunkLoss[c]);
        }
        return tree;
    }

    /** Writes ∇_W L (m × D) from a complete tree of chunk sums and returns L(W). */
    public static double gradient(ChunkTree sums, int width, int inputDimension, double[] gradient) {
        Checks.sameSize("gradient length", width * inputDimension, gradient.length);
        transpose(sums.values(), inputDimension, width, gradient);
        return 0.5 * sums.loss();
    }

    /** The number of rows per chunk: a distributed step cuts the rows on these boundaries. */
    public static int chunkRows() {
        return BLOCK_ROWS * BLOCKS_PER_CHUNK;
    }

    private void computeChunks(TwoLayerRelu network) {
        int m = network.width();
        int inDim = inputs.cols();
        Checks.sameSize("network input dimension", inDim, network.inputDimension());
        Checks.sameSize("network output dimension", labels.cols(), network.outputDimension());
        Checks.sameSize("network width", width, m);
        Backend backend = Backends.current();
        transpose(network.firstLayerData(), m, inDim, firstLayerT);
        blocks.prepare(firstLayerT, network.outputLayerData());
        Parallel.forEachChunk(chunks, c -> chunkLoss[c] = chunk(backend, c));
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
    /** The arithmetic of the products. */
    public Precision precision() {
        return precision;
    }

    private double chunk(Backend backend, int c) {
        int n = inputs.rows();
        int chunkStart = c * BLOCK_ROWS * BLOCKS_PER_CHUNK;
        int chunkEnd = Math.min(n, chunkStart + BLOCK_ROWS * BLOCKS_PER_CHUNK);
        double loss = 0;
        for (int from = chunkStart; from < chunkEnd; from += BLOCK_ROWS) {
            loss += blocks.block(backend, from, Math.min(BLOCK_ROWS, chunkEnd - from),
                    from == chunkStart);
        }
        blocks.finishChunk(partials[c]);
        return loss;
    }
}
