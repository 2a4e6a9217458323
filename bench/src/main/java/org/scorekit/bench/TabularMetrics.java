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
import org.scorekit.tabular.metrics.Dcr;
import org.scorekit.tabular.metrics.PrecisionRecall;

/**
 * The distance-bound metrics of {@code tabular} on Credit Default ({@link TabularInputs}),
 * features included: α-precision / β-recall of the 90/10 train split against its independent
 * marginals ({@code alphaBetaRows} rows of each), and DCR of the independent marginals of the
 * 50/50 train half against both halves ({@code dcrRows} rows of each: dcrRows × 2·dcrRows L1
 * distances).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class TabularMetrics {
    @Param({"27000"})
    public int alphaBetaRows;

    @Param({"15000"})
    public int dcrRows;

    private Table[] alphaBetaTables;
    private Table[] dcrTables;

    @Setup
    public void setUp() {
        alphaBetaTables = TabularInputs.alphaBeta(alphaBetaRows);
        dcrTables = TabularInputs.dcr(dcrRows);
    }

    @Benchmark
    public PrecisionRecall alphaBeta() {
        return AlphaPrecision.compute(alphaBetaTables[0], alphaBetaTables[1]);
    }

    @Benchmark
    public Dcr.Result dcr() {
        return Dcr.compute(dcrTables[0], dcrTables[1], dcrTables[2]);
    }
}
