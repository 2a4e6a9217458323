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
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;

/** The K^∞ Gram matrix of N Gaussian rows in R^D ({@link ReluNtk#gram}): N² arccos entries. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class GramBuild {
    @Param({"4000", "8000"})
    public int n;

    @Param({"25"})
    public int dimension;

    private Matrix z;

    @Setup
    public void setUp() {
        z = Rng.of(2).gaussian(n, dimension);
    }

    @Benchmark
    public Matrix gram() {
        return ReluNtk.gram(z);
    }
}
