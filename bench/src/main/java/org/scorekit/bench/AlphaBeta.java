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
import org.scorekit.tabular.metrics.AlphaPrecision;
import org.scorekit.tabular.metrics.PrecisionRecall;

/**
 * α-precision and β-recall ({@link AlphaPrecision}, features included) of the Credit Default
 * 90/10 train split against its independent marginals ({@link TabularInputs}), {@code rows}
 * rows of each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class AlphaBeta {
    @Param({"27000"})
    public int rows;

    private Table[] tables;

    @Setup
    public void setUp() {
        tables = TabularInputs.alphaBeta(rows);
    }

    @Benchmark
    public PrecisionRecall scores() {
        return AlphaPrecision.compute(tables[0], tables[1]);
    }
}
