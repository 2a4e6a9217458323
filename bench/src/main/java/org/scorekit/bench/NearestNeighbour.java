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
import org.scorekit.eval.NearestNeighbours;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * 1-NN distance of every row of an n × p Gaussian set to the other rows
 * ({@link NearestNeighbours#distancesWithinSet}): 2·n²·p flops in the GEMM tiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class NearestNeighbour {
    @Param({"27000x100"})
    public String shape;

    private Matrix x;

    @Setup
    public void setUp() {
        int[] s = Shapes.parse(shape, 2);
        x = Rng.of(6).gaussian(s[0], s[1]);
    }

    @Benchmark
    public Matrix distances() {
        return NearestNeighbours.distancesWithinSet(x, 1);
    }

    /** GEMM flops for shape "nxp". */
    public static double flops(String shape) {
        int[] s = Shapes.parse(shape, 2);
        return 2.0 * s[0] * (double) s[0] * s[1];
    }
}
