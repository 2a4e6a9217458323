package org.scorekit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.Precision;

/** The distributed loss and gradient against the single-JVM kernel, bit for bit. */
class DistributedGradientTest {
    static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = Masters.open("local[2]", "DistributedGradientTest");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    /**
     * 6 chunks over 1, 2, 4 and 6 partitions (blocks of 6, 3, 2 and 1 chunks), in both
     * precisions, for the initial and a moved network: every bit of the loss and the gradient.
     */
    @ParameterizedTest
    @CsvSource({"1,float64", "2,float64", "4,float64", "6,float64", "4,float32", "6,float32"})
    void lossAndGradientHaveTheLocalBits(int partitions, String precision) {
        int n = 5 * FusedGradient.chunkRows() + 300;
        int dim = 5;
        int width = 128;
        Rng rng = Rng.of(3);
        Matrix z = rng.fork("z").gaussian(n, dim);
        Matrix y = rng.fork("y").gaussian(n, 4);
        Precision p = Precision.of(precision);
        TwoLayerRelu net = TwoLayerRelu.initialize(width, dim, 4, true, rng.fork("init"));
        FusedGradient local = new FusedGradient(z, y, width, p);
        try (DistributedGradient distributed = new DistributedGradient(spark, z, y, width, p,
                partitions)) {
            for (int step = 0; step < 2; step++) {
                double[] expected = new double[width * dim];
                double[] actual = new double[width * dim];
                double loss = local.compute(net, expected);
                assertEquals(loss, distributed.compute(net, actual), 0.0);
                assertArrayEquals(expected, actual, 0.0);
                double[] w = net.firstLayerData();
                for (int i = 0; i < w.length; i++) {
                    w[i] -= 1e-4 * expected[i];
                }
            }
        }
    }
}
