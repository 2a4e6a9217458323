package org.scorekit.bench;

import java.util.Locale;
import org.scorekit.convex.GatedFista;
import org.scorekit.convex.MultivariateProgram;
import org.scorekit.convex.MultivariateResult;
import org.scorekit.convex.MultivariateSolution;

/**
 * Times solves of the {@link MultivariateSolve} program outside JMH and prints, per solve, the
 * seconds, FISTA iterations, objective, duality gap, recovered width and the threshold bounds.
 * Usage: {@code MultivariateTiming [n] [P] [repeats]} (defaults 10000, 500, 2).
 */
public final class MultivariateTiming {
    private MultivariateTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        MultivariateProgram program = MultivariateSolve.program(n, count);
        MultivariateSolve benchmark = new MultivariateSolve();
        benchmark.shape = n + "x" + count;
        benchmark.setUp();
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            MultivariateResult result = benchmark.solve();
            double seconds = (System.nanoTime() - start) / 1e9;
            String line = result instanceof MultivariateResult.Optimum o ? describe(o.solution())
                    : result.toString();
            System.out.printf(Locale.ROOT, "%s  %.2f s  %s%n", program, seconds, line);
        }
    }

    private static String describe(MultivariateSolution s) {
        return String.format(Locale.ROOT, "iterations %d  objective %.9g  gap %.3g  width %d  "
                        + "beta_min in [%.6g, %.6g]", s.certificate().iterations(), s.objective(),
                s.certificate().gap(), s.network().width(), s.threshold().lower(),
                s.threshold().upper());
    }
}
