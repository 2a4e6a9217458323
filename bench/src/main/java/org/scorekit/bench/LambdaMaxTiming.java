package org.scorekit.bench;

import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;

/**
 * Times {@link ReluNtk#lambdaMax} (dense power iteration up to {@link ReluNtk#DENSE_LIMIT} rows,
 * Lanczos on the matrix-free K^∞ v above) on N score-matching inputs z = (x, t),
 * x ~ N(0, I_{D−1}), t ~ U[0.05, 2]. Usage: {@code LambdaMaxTiming N D}; prints λ_max, the
 * seconds, and the seconds of one matrix-free product for scale.
 */
public final class LambdaMaxTiming {
    private LambdaMaxTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 16000;
        int dim = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Rng rng = Rng.of(16);
        Matrix z = ScoreInputs.draw(n, dim, rng);
        double[] v = rng.fork("v").gaussian(n, 1).data();
        long t0 = System.nanoTime();
        ReluNtk.multiply(z, v);
        double product = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        double lambda = ReluNtk.lambdaMax(z);
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("scorekit lambdaMax N=%d D=%d backend=%s threads=%d: %.2f s,"
                        + " lambdaMax=%.10g, one matrix-free product %.2f s%n", n, dim,
                Backends.current().name(), Parallel.threads(), seconds, lambda, product);
    }
}
