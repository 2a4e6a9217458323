package org.scorekit.spark;

import java.io.Serial;
import java.io.Serializable;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.train.ChunkTree;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.Precision;

/**
 * One partition of a distributed GD problem: the rows of chunks {@code firstChunk, ...} (cut on
 * {@link FusedGradient#chunkRows()} boundaries of the whole problem) with their labels. Its
 * fused kernel is built on the executor at the first step and kept with the cached block.
 */
final class RowBlock implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int firstChunk;
    private final int rows;
    private final int inputDimension;
    private final int outputDimension;
    private final double[] inputs;
    private final double[] labels;
    private final int width;
    private final Precision precision;
    private transient FusedGradient kernel;

    RowBlock(int firstChunk, Matrix inputs, Matrix labels, int width, Precision precision) {
        this.firstChunk = firstChunk;
        this.rows = inputs.rows();
        this.inputDimension = inputs.cols();
        this.outputDimension = labels.cols();
        this.inputs = inputs.data();
        this.labels = labels.data();
        this.width = width;
        this.precision = precision;
    }

    /** This block's chunk sums at first layer W and output layer A (both row-major). */
    synchronized ChunkTree sums(double[] firstLayer, double[] outputLayer, int totalChunks) {
        if (kernel == null) {
            kernel = new FusedGradient(Matrix.wrap(rows, inputDimension, inputs),
                    Matrix.wrap(rows, outputDimension, labels), width, precision);
        }
        TwoLayerRelu network = TwoLayerRelu.of(Matrix.wrap(width, inputDimension, firstLayer),
                Matrix.wrap(width, outputDimension, outputLayer));
        return kernel.chunkSums(network, firstChunk, totalChunks);
    }
}
