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
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.random.Rng;

/**
 * Full symmetric eigendecomposition (values and vectors) of B + B^T, B Gaussian n × n: one
 * LAPACK {@code dsyevd} call on {@code scorekit.threads} OpenBLAS threads. Three warm-up calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class Eigh {
    @Param({"2000", "4000"})
    public int n;

    private Matrix a;

    @Setup
    public void setUp() {
        Matrix b = Rng.of(3).gaussian(n, n);
        a = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, b.get(i, j) + b.get(j, i));
            }
        }
    }

    @Benchmark
    public SymmetricEigen eigh() {
        return Backends.current().eigh(a);
    }
}
