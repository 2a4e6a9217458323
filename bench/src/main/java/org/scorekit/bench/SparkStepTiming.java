package org.scorekit.bench;

import java.util.Arrays;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.spark.DistributedGradient;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.Precision;

/**
 * One full-batch loss-and-gradient on this JVM ({@link FusedGradient}) against the same on
 * Spark ({@link DistributedGradient}: broadcast W, treeAggregate of the partitions' chunk
 * sums), for each N given. Usage (bench/spark-overhead):
 * {@code SparkStepTiming MASTER PARTITIONS D m d REPEATS N...}; prints the median seconds of
 * both, their difference (the per-step overhead) and checks that the bits agree.
 */
public final class SparkStepTiming {
    private SparkStepTiming() {
    }

    public static void main(String[] args) {
        String master = args[0];
        int partitions = Integer.parseInt(args[1]);
        int inDim = Integer.parseInt(args[2]);
        int m = Integer.parseInt(args[3]);
        int d = Integer.parseInt(args[4]);
        int repeats = Integer.parseInt(args[5]);
        SparkConf conf = new SparkConf().setMaster(master).setAppName("SparkStepTiming")
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.driver.host", "127.0.0.1")
                .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            for (int k = 6; k < args.length; k++) {
                int n = Integer.parseInt(args[k]);
                Rng rng = Rng.of(n);
                Matrix z = rng.fork("z").gaussian(n, inDim);
                Matrix y = rng.fork("y").gaussian(n, d);
                TwoLayerRelu net = TwoLayerRelu.initialize(m, inDim, d, true, rng.fork("init"));
                FusedGradient local = new FusedGradient(z, y, m, Precision.FLOAT64);
                double[] g1 = new double[m * inDim];
                double[] g2 = new double[m * inDim];
                double[] tLocal = time(repeats, () -> local.compute(net, g1));
                try (DistributedGradient distributed = new DistributedGradient(spark, z, y, m,
                        Precision.FLOAT64, partitions)) {
                    double[] tSpark = time(repeats, () -> distributed.compute(net, g2));
                    System.out.printf("spark-step master=%s partitions=%d N=%d D=%d m=%d d=%d:"
                                    + " local %.4f s, spark %.4f s, overhead %.4f s, same bits %s%n",
                            master, distributed.partitions(), n, inDim, m, d, tLocal[repeats / 2],
                            tSpark[repeats / 2], tSpark[repeats / 2] - tLocal[repeats / 2],
                            Arrays.equals(g1, g2));
                }
            }
        }
    }

    private static double[] time(int repeats, Runnable step) {
        for (int warm = 0; warm < 3; warm++) {
            step.run();
        }
        double[] t = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            step.run();
            t[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return t;
    }
}
