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
import org.scorekit.convex.ActivationPatterns;
import org.scorekit.convex.GatedFista;
import org.scorekit.convex.MultivariateProgram;
import org.scorekit.convex.MultivariateResult;
import org.scorekit.linalg.Matrix;

/**
 * One certified solve of the gated ReLU program (M-gated, spec/convex-score.md §6.2) by
 * {@link GatedFista} to a relative duality gap of 10⁻⁶, on n noisy circle points
 * (cos 2πu, sin 2πu) + 0.05 (Φ⁻¹(u'), Φ⁻¹(u'')) and P gates (cos 2πu, sin 2πu, −(2u' − 1)), lines
 * that cut the circle, so that every gate gives its own pattern. All u are consecutive draws
 * (s + ½)/2³² of the generator s_{i+1} = (1664525 s_i + 1013904223) mod 2³², s_0 = 8 (points
 * first), written out here and in python/compare.py so that both sides solve the same program.
 * β = n/2 lies between the threshold β_min (about 0.45n here) and the zero regime (β ≥ n).
 * One warm-up solve, which includes compilation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class MultivariateSolve {
    /** The relative duality gap the solve stops at. */
    public static final double GAP = 1e-6;

    /** n x P, e.g. 10000x500. */
    @Param({"10000x500"})
    public String shape;

    private MultivariateProgram program;

    @Setup
    public void setUp() {
        String[] parts = shape.split("x");
        program = program(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** The shared program (see the class comment). */
    static MultivariateProgram program(int n, int count) {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        long[] state = {8};
        Matrix x = Matrix.zeros(n, 2);
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * uniform(state);
            double across = normal.inverseCumulativeProbability(uniform(state));
            double along = normal.inverseCumulativeProbability(uniform(state));
            x.set(i, 0, Math.cos(angle) + 0.05 * across);
            x.set(i, 1, Math.sin(angle) + 0.05 * along);
        }
        Matrix gates = Matrix.zeros(count, 3);
        for (int p = 0; p < count; p++) {
            double angle = 2 * Math.PI * uniform(state);
            gates.set(p, 0, Math.cos(angle));
            gates.set(p, 1, Math.sin(angle));
            gates.set(p, 2, -(2 * uniform(state) - 1));
        }
        ActivationPatterns patterns = ActivationPatterns.of(x, gates);
        if (patterns.count() != count) {
            throw new IllegalStateException("the shared gates must give " + count
                    + " distinct patterns: " + patterns.count());
        }
        return new MultivariateProgram(x, patterns, Activation.RELU, n / 2.0);
    }

    private static double uniform(long[] state) {
        state[0] = (1664525L * state[0] + 1013904223L) & 0xffffffffL;
        return (state[0] + 0.5) / 4294967296.0;
    }

    @Benchmark
    public MultivariateResult solve() {
        return GatedFista.solve(program, new GatedFista.Options(100_000, GAP, 50, 5000));
    }
}
