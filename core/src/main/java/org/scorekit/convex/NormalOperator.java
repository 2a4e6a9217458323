package org.scorekit.convex;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;
import org.scorekit.random.Rng;

/**
 * W ↦ AᵀA W for the {@link Arrangement} A: W ↦ Σ_i D̃_i X̃ W_i, the Hessian of the programs'
 * quadratic term. Two passes over the n × P sign matrix (O(nP(d + 1)d) a product) in general;
 * when P(d + 1) ≤ n (many points, few patterns: the 10⁴-point benchmark) the Gram matrix
 * H = Bᵀ B with rows B_k = D̃[k, ·] ⊗ x̃_k ((P(d + 1))² entries) is formed once by GEMM over fixed
 * row chunks, and a product costs O((P(d + 1))² d), independent of n.
 */
final class NormalOperator {
    /** Rows per chunk, of the data when H is formed and of H when it is applied. */
    private static final int CHUNK = 512;

    private final Arrangement arrangement;
    private final double[] gram;
    private final int order;

    NormalOperator(Arrangement arrangement) {
        this.arrangement = arrangement;
        order = arrangement.count() * (arrangement.dimension() + 1);
        gram = order <= arrangement.rows() ? gram(arrangement, order) : null;
    }

    /** out = AᵀA w (both P × (d + 1)d). */
    void apply(double[] w, double[] out) {
        if (gram == null) {
            double[] s = new double[arrangement.rows() * arrangement.dimension()];
            arrangement.predict(w, s);
            arrangement.correlate(s, out);
            return;
        }
        int d = arrangement.dimension();
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(order, CHUNK), chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(order, from + CHUNK);
            backend.gemm(Transpose.NO, Transpose.NO, to - from, d, order, 1.0, gram, from * order,
                    order, w, 0, d, 0.0, out, from * d, d);
        });
    }

    /**
     * L = ‖A‖₂², by power iteration on AᵀA from a seeded start, raised by 2 % because power
     * iteration approaches from below and a step above 1/L can diverge.
     */
    double lipschitz() {
        double[] w = new double[arrangement.count() * arrangement.blockSize()];
        Rng.of(arrangement.count()).fillGaussian(w);
        double[] image = new double[w.length];
        double estimate = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double norm = Math.sqrt(Arrangement.dot(w, w));
            for (int m = 0; m < w.length; m++) {
                w[m] /= norm;
            }
            apply(w, image);
            double next = Arrangement.dot(w, image);
            double[] swap = w;
            w = image;
            image = swap;
            boolean settled = Math.abs(next - estimate) <= 1e-6 * next;
            estimate = next;
            if (settled) {
                break;
            }
        }
        return 1.02 * estimate;
    }

    private static double[] gram(Arrangement arrangement, int order) {
        int rows = arrangement.rows();
        int q = arrangement.dimension() + 1;
        int count = arrangement.count();
        Backend backend = Backends.current();
        int chunks = Parallel.chunkCount(rows, CHUNK);
        double[][] partial = new double[chunks][];
        Parallel.forEachChunk(chunks, chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(rows, from + CHUNK);
            double[] b = new double[(to - from) * order];
            for (int k = from; k < to; k++) {
                int base = (k - from) * order;
                for (int i = 0; i < count; i++) {
                    double sign = arrangement.sign(k, i);
                    for (int j = 0; j < q; j++) {
                        b[base + i * q + j] = sign * arrangement.lifted(k, j);
                    }
                }
            }
            partial[chunk] = new double[order * order];
            backend.gemm(Transpose.YES, Transpose.NO, order, order, to - from, 1.0, b, 0, order,
                    b, 0, order, 0.0, partial[chunk], 0, order);
        });
        double[] gram = partial[0];
        for (int chunk = 1; chunk < chunks; chunk++) {
            for (int m = 0; m < gram.length; m++) {
                gram[m] += partial[chunk][m];
            }
        }
        return gram;
    }
}
