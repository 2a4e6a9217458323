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
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;
import org.scorekit.random.Rng;

/**
 * The GEMM rooflines of this run, double ({@code dgemm}) and single ({@code sgemm}) precision:
 * C = A B for n × n operands, cut into fixed row chunks of C run on {@link Parallel}'s threads
 * (one-threaded OpenBLAS per chunk, as every scorekit kernel calls it). 2n³ flops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class GemmPeak {
    private static final int CHUNK_ROWS = 256;

    @Param({"2048"})
    public int n;

    private double[] a;
    private double[] b;
    private double[] c;
    private float[] a32;
    private float[] b32;
    private float[] c32;

    @Setup
    public void setUp() {
        Rng rng = Rng.of(5);
        a = rng.fork("a").gaussian(n, n).data();
        b = rng.fork("b").gaussian(n, n).data();
        c = new double[n * n];
        a32 = new float[n * n];
        b32 = new float[n * n];
        c32 = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            a32[i] = (float) a[i];
            b32[i] = (float) b[i];
        }
    }

    @Benchmark
    public double[] dgemm() {
        Backend backend = Backends.current();
        forEachRowChunk((from, rows) -> backend.gemm(Transpose.NO, Transpose.NO, rows, n, n, 1.0,
                a, from * n, n, b, 0, n, 0.0, c, from * n, n));
        return c;
    }

    @Benchmark
    public float[] sgemm() {
        Backend backend = Backends.current();
        forEachRowChunk((from, rows) -> backend.sgemm(Transpose.NO, Transpose.NO, rows, n, n, 1f,
                a32, from * n, n, b32, 0, n, 0f, c32, from * n, n));
        return c32;
    }

    /** Rows {@code from .. from + rows − 1} of C. */
    private interface RowBlock {
        void run(int from, int rows);
    }

    /** Every fixed chunk of C's rows, on {@link Parallel}'s threads. */
    private void forEachRowChunk(RowBlock body) {
        Parallel.forEachChunk(Parallel.chunkCount(n, CHUNK_ROWS), k -> {
            int from = k * CHUNK_ROWS;
            body.run(from, Math.min(CHUNK_ROWS, n - from));
        });
    }

    /** Flops of one call. */
    public static double flops(int n) {
        return 2.0 * n * n * (double) n;
    }

}
