package org.scorekit.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.scorekit.linalg.Matrix;
import org.scorekit.train.GradientKernels;
import org.scorekit.train.LossGradient;
import org.scorekit.train.Precision;

/**
 * The {@link GradientKernels.Factory} of a distributed run: every GD of the run (a retry after
 * a divergence, a regrown problem) gets a {@link DistributedGradient}; a run trains one network
 * at a time, so creating one releases the previous one's cached partitions.
 */
final class DistributedKernels implements GradientKernels.Factory, AutoCloseable {
    private final JavaSparkContext spark;
    private final int partitions;
    private DistributedGradient current;

    DistributedKernels(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
    }

    @Override
    public synchronized LossGradient create(Matrix inputs, Matrix labels, int width,
                                            Precision precision) {
        close();
        current = new DistributedGradient(spark, inputs, labels, width, precision, partitions);
        return current;
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
