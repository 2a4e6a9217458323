package org.scorekit.convex;

import org.scorekit.linalg.Svd;

/**
 * The boundedness check of spec/convex-score.md §6.5 at a given β, by a feasibility problem for
 * the dual constraints of (M-gated), φ_i(Λ) = ‖M_i(Λ)‖₂ ≤ β with M_i(Λ) = X̃ᵀ D̃_i Λ + tr(D̃_i) E:
 * FISTA from Λ = 0 on the smooth penalty h(Λ) = ½ Σ_i (φ_i(Λ) − κβ)_+² at the level κβ, κ =
 * {@value #LEVEL}, with step 1/‖A‖² and restarts, stopped once max_i φ_i ≤ κβ or when it stalls. The gradient
 * A Y(Λ) keeps the iterates in the range of A, so they are carried as Λ = A Z: the step is
 * Z ← Z − Y/L and the blocks are M(Λ) = AᵀA Z + tr(D̃) E ({@link NormalOperator}, no pass over
 * the n points when the Gram matrix is formed); restarts test the momentum in Z. The iterate with
 * the smallest max_i φ_i is the anchor Λ_f of {@link SegmentDual} (a margin below β makes its
 * certificates tight) and its maximum the upper bound of the {@link Threshold}.
 *
 * <p>When the level cannot be reached, the penalty's stationarity Σ_i (φ_i − κβ)_+ D̃_i X̃ u_i v_iᵀ
 * = 0 (u_i, v_i the top singular vectors of M_i) makes Y_i = (φ_i − κβ)_+ u_i v_iᵀ a near null
 * direction of A with Σ_i tr(D̃_i)⟨E, Y_i⟩ / Σ_i ‖Y_i‖_* = the (φ − κβ)_+-weighted mean of the
 * violated φ_i; {@link RecessionDirection} makes it exact and turns it into the lower bound.
 * When Λ = 0 is feasible (β ≥ max_i |tr(D̃_i)|) it is the anchor without a search.
 */
final class ThresholdSearch {
    /** The anchor Λ_f (n × d), its blocks M_i(Λ_f), and the bounds. */
    record Outcome(double[] anchor, double[] anchorBlocks, Threshold threshold) {
    }

    static final double LEVEL = 0.9;
    private static final int CHECK_EVERY = 25;
    /** The search stops when max_i φ_i fell by less than this fraction in PATIENCE steps. */
    private static final double STALL = 1e-4;
    private static final int PATIENCE = 500;

    private ThresholdSearch() {
    }

    /** The spectral norm of block i, the dual constraint of (M-gated). */
    static double spectral(Arrangement arrangement, double[] blocks, int offset) {
        return Svd.of(arrangement.dimension() + 1, arrangement.dimension(), blocks, offset)
                .spectralNorm();
    }

    /** Anchor and bounds after at most {@code iterations} FISTA steps on the penalty. */
    static Outcome search(Arrangement arrangement, NormalOperator normal, double beta,
                          double lipschitz, int iterations) {
        SegmentDual.BlockNorm spectral = (i, m, o) -> spectral(arrangement, m, o);
        double[] zero = new double[arrangement.rows() * arrangement.dimension()];
        double[] zeroBlocks = SegmentDual.blocks(arrangement, zero);
        double start = SegmentDual.largest(arrangement, spectral, zeroBlocks);
        if (beta >= start) {
            return new Outcome(zero, zeroBlocks, new Threshold(0, start));
        }
        double level = LEVEL * beta;
        Penalty penalty = new Penalty(arrangement, normal, level);
        double[] best = new double[arrangement.count() * arrangement.blockSize()];
        double[] bestValue = {start};
        int[] improved = {0};
        Fista.Run run = Fista.minimise(penalty, best, lipschitz, iterations, CHECK_EVERY,
                (z, iteration) -> {
                    double value = SegmentDual.largest(arrangement, spectral, penalty.blocks(z));
                    if (value < bestValue[0] * (1 - STALL)) {
                        improved[0] = iteration;
                    }
                    if (value < bestValue[0]) {
                        bestValue[0] = value;
                        System.arraycopy(z, 0, best, 0, z.length);
                    }
                    return value <= level || iteration - improved[0] >= PATIENCE;
                });
        double[] anchor = new double[zero.length];
        arrangement.predict(best, anchor);
        double[] anchorBlocks = SegmentDual.blocks(arrangement, anchor);
        double upper = SegmentDual.largest(arrangement, spectral, anchorBlocks);
        double lower = 0;
        if (upper > beta) {
            lower = RecessionDirection.lowerBound(arrangement,
                    penalty.direction(penalty.blocks(run.u())));
        }
        return new Outcome(anchor, anchorBlocks, new Threshold(lower, upper));
    }

    /** h in the coordinates Λ = A Z: the step direction Y(M(A Z)). */
    private record Penalty(Arrangement arrangement, NormalOperator normal, double level)
            implements Fista.Problem {
        @Override
        public void gradient(double[] z, double[] step) {
            double[] y = direction(blocks(z));
            System.arraycopy(y, 0, step, 0, y.length);
        }

        /** M_i(A Z) = (AᵀA Z)_i + tr(D̃_i) E. */
        double[] blocks(double[] z) {
            double[] m = new double[z.length];
            normal.apply(z, m);
            arrangement.addTrace(m);
            return m;
        }

        @Override
        public void prox(double[] z, double lipschitz, double[] out) {
            System.arraycopy(z, 0, out, 0, z.length);
        }

        /** Y_i = (φ_i − level)_+ u_i v_iᵀ. */
        double[] direction(double[] blocks) {
            int d = arrangement.dimension();
            int width = arrangement.blockSize();
            double[] y = new double[blocks.length];
            double[] top = new double[d];
            for (int i = 0; i < arrangement.count(); i++) {
                if (Arrangement.frobenius(blocks, i * width, width) <= level * level) {
                    continue;
                }
                Svd svd = Svd.of(d + 1, d, blocks, i * width);
                double excess = svd.spectralNorm() - level;
                if (excess > 0) {
                    top[0] = excess;
                    svd.recompose(top, y, i * width);
                }
            }
            return y;
        }
    }
}
