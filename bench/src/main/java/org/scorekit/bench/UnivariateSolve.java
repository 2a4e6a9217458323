package org.scorekit.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.statistics.distribution.NormalDistribution;
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
import org.scorekit.convex.Activation;
import org.scorekit.convex.ActiveSetLasso;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.convex.UnivariateResult;

/**
 * One certified solve of the univariate ReLU score-matching program (spec/convex-score.md §2.3,
 * no skip) by {@link ActiveSetLasso} on n standard normal draws x_i = Φ⁻¹((s_i + ½)/2³²) from the
 * generator s_{i+1} = (1664525 s_i + 1013904223) mod 2³², s_0 = 8, written out here and in
 * python/compare.py so that both sides solve the same program. β = 1 is the threshold of §3
 * (spiky: about 870 kinks, 1,650 restricted solves), β = 10 a few-kink optimum. Three warm-up
 * solves, the first of which includes compilation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class UnivariateSolve {
    /** n x β, e.g. 2000x1. */
    @Param({"2000x1", "2000x10"})
    public String shape;

    private UnivariateProgram program;

    @Setup
    public void setUp() {
        String[] parts = shape.split("x");
        int n = Integer.parseInt(parts[0]);
        program = new UnivariateProgram(draws(n), Activation.RELU, false,
                Double.parseDouble(parts[1]));
    }

    /** The n shared draws (see the class comment). */
    static double[] draws(int n) {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double[] x = new double[n];
        long state = 8;
        for (int i = 0; i < n; i++) {
            state = (1664525L * state + 1013904223L) & 0xffffffffL;
            x[i] = normal.inverseCumulativeProbability((state + 0.5) / 4294967296.0);
        }
        return x;
    }

    @Benchmark
    public UnivariateResult solve() {
        return ActiveSetLasso.solve(program);
    }
}
