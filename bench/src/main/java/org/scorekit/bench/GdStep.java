package org.scorekit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.Precision;

/**
 * One full-batch GD step of the two-layer ReLU network: fused loss and gradient
 * ({@link FusedGradient}, products in {@code precision}) and the update W ← W − η ∇L.
 * Shape "NxDxmxd";
 * 4·N·m·(D + d) flops (DESIGN.md §6). 15 warm-up steps: C2 compiles the blocks' element-wise
 * loops over the first 5-10 steps, and a step is about 30 % slower while it does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 9)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class GdStep {
    @Param({"30000x25x2048x24", "30000x9x512x8", "8000x25x2048x24", "4000x101x1024x100",
            "27000x94x2048x93"})
    public String shape;

    @Param({"float64", "float32"})
    public String precision;

    private FusedGradient kernel;
    private TwoLayerRelu network;
    private double[] gradient;

    @Setup
    public void setUp() {
        int[] s = Shapes.parse(shape, 4);
        Rng rng = Rng.of(1);
        Matrix z = rng.fork("z").gaussian(s[0], s[1]);
        Matrix y = rng.fork("y").gaussian(s[0], s[3]);
        network = TwoLayerRelu.initialize(s[2], s[1], s[3], false, rng.fork("init"));
        kernel = new FusedGradient(z, y, s[2], Precision.of(precision));
        gradient = new double[s[2] * s[1]];
    }

    @Benchmark
    public double step() {
        double loss = kernel.compute(network, gradient);
        double[] w = network.firstLayerData();
        for (int i = 0; i < w.length; i++) {
            w[i] -= 1e-7 * gradient[i];
        }
        return loss;
    }

    /** Flops of one step for shape "NxDxmxd". */
    public static double flops(String shape) {
        int[] s = Shapes.parse(shape, 4);
        return 4.0 * s[0] * s[2] * (double) (s[1] + s[3]);
    }
}
