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
import org.scorekit.tabular.Table;
import org.scorekit.tabular.metrics.Dcr;

/**
 * DCR ({@link Dcr}, features included) of the independent marginals of the Credit Default
 * 50/50 train half against both halves ({@link TabularInputs}), {@code rows} rows of each:
 * rows × 2·rows L1 distances.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class DistanceToClosestRecord {
    @Param({"15000"})
    public int rows;

    private Table[] tables;

    @Setup
    public void setUp() {
        tables = TabularInputs.dcr(rows);
    }

    @Benchmark
    public Dcr.Result score() {
        return Dcr.compute(tables[0], tables[1], tables[2]);
    }
}
