package org.scorekit.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.train.ChunkTree;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.LossGradient;
import org.scorekit.train.Precision;

/**
 * The full-batch loss and gradient on Spark, as MLlib trains its linear models: the rows live
 * in cached partitions ({@link RowBlock}s cut on the fused kernel's chunk boundaries), each step
 * broadcasts W and {@code treeAggregate}s the partitions' {@link ChunkTree}s. The tree fixes
 * the order of every addition whatever the partitioning, the scheduling or a retried task, so
 * the gradient has the bits of the single-JVM {@link FusedGradient} (when executors use the same
 * linear-algebra backend on the same kind of CPU).
 *
 * <p>Each partition's rows are a broadcast variable of their own, and the cached RDD is built
 * from partition indices: a task carries handles, never rows, and an executor fetches only its
 * partitions' rows, once. A lost executor's partitions are rebuilt from those broadcasts, which
 * the driver keeps, so losing one costs Spark's retry of the step's tasks, not the run.
 */
public final class DistributedGradient implements LossGradient, AutoCloseable {
    /** Depth of the aggregation tree (Spark's default). */
    static final int DEPTH = 2;

    private final JavaSparkContext spark;
    private final List<Broadcast<RowBlock>> rows = new ArrayList<>();
    private final JavaRDD<RowBlock> blocks;
    private final int chunks;
    private final int width;
    private final int inputDimension;

    /**
     * Cuts the rows into at most {@code partitions} partitions of whole chunks, broadcasts each,
     * and caches them on the executors.
     */
    public DistributedGradient(JavaSparkContext spark, Matrix inputs, Matrix labels, int width,
                               Precision precision, int partitions) {
        Checks.sameSize("label rows", inputs.rows(), labels.rows());
        Checks.positive("partitions", partitions);
        this.spark = spark;
        this.width = width;
        this.inputDimension = inputs.cols();
        int rowsPerChunk = FusedGradient.chunkRows();
        this.chunks = Parallel.chunkCount(inputs.rows(), rowsPerChunk);
        int chunksPerBlock = Parallel.chunkCount(chunks, Math.min(partitions, chunks));
        List<Integer> indices = new ArrayList<>();
        for (int first = 0; first < chunks; first += chunksPerBlock) {
            int from = first * rowsPerChunk;
            int to = (int) Math.min(inputs.rows(), (long) (first + chunksPerBlock) * rowsPerChunk);
            indices.add(rows.size());
            rows.add(spark.broadcast(new RowBlock(first, inputs.rowRange(from, to),
                    labels.rowRange(from, to), width, precision)));
        }
        List<Broadcast<RowBlock>> handles = List.copyOf(rows);
        this.blocks = spark.parallelize(indices, indices.size()).map(i -> handles.get(i).value())
                .persist(StorageLevel.MEMORY_ONLY());
        blocks.count();
    }

    /** The number of partitions the rows are cut into. */
    public int partitions() {
        return blocks.getNumPartitions();
    }

    @Override
    public double compute(TwoLayerRelu network, double[] gradient) {
        Checks.sameSize("network width", width, network.width());
        Broadcast<double[]> w = spark.broadcast(network.firstLayerData().clone());
        Broadcast<double[]> a = spark.broadcast(network.outputLayerData().clone());
        int total = chunks;
        try {
            ChunkTree sums = blocks.treeAggregate(new ChunkTree(total),
                    (tree, block) -> tree.merge(block.sums(w.value(), a.value(), total)),
                    ChunkTree::merge, DEPTH);
            return FusedGradient.gradient(sums, width, inputDimension, gradient);
        } finally {
            w.destroy();
            a.destroy();
        }
    }

    @Override
    public void close() {
        blocks.unpersist(false);
        rows.forEach(b -> b.destroy());
    }
}
