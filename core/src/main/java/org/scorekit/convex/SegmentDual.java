package org.scorekit.convex;

/**
 * Dual points and duality gaps for the multivariate programs. Both duals read
 * max_Λ −½‖Λ‖_F² subject to φ_i(M_i(Λ)) ≤ β for every pattern i, with the affine blocks
 * M_i(Λ) = X̃ᵀ D̃_i Λ + tr(D̃_i) E and a convex, positively homogeneous block function φ_i
 * (spec/convex-score.md §6.3; {@link BlockNorm}), bounded by the Frobenius norm of the block.
 *
 * <p>The primal prediction S = Σ_i D̃_i X̃ W_i is the dual optimum at the primal optimum but is
 * in general slightly infeasible, and scaling it does not help because of the affine term. Given a
 * feasible anchor Λ_f ({@link ThresholdSearch}), every constraint θ ↦ φ_i(θ M_i(S) + (1 − θ)
 * M_i(Λ_f)) is convex with a feasible value at θ = 0, so its feasible θ form an interval [0, θ_i],
 * found by bisection; Λ = Λ_f + θ (S − Λ_f) with θ ∈ [0, min_i θ_i] maximising −½‖Λ‖² is feasible
 * and D = −½‖Λ‖² ≤ optimum ≤ P(W), so P − D bounds the distance of P(W) to the optimum.
 */
final class SegmentDual {
    /** φ_i: the dual constraint function of block i, convex, positively homogeneous, ≤ ‖·‖_F. */
    interface BlockNorm {
        double of(int block, double[] blocks, int offset);
    }

    /** The certified dual point Λ (n × d) and the certificate. */
    record Point(double[] lambda, Certificate certificate) {
    }

    private static final int BISECTIONS = 60;

    private SegmentDual() {
    }

    /** The blocks M_i(Λ) = X̃ᵀ D̃_i Λ + tr(D̃_i) E, P × (d + 1)d. */
    static double[] blocks(Arrangement arrangement, double[] lambda) {
        double[] m = new double[arrangement.count() * arrangement.blockSize()];
        arrangement.correlate(lambda, m);
        arrangement.addTrace(m);
        return m;
    }

    /** max_i φ_i(M_i): the smallest β at which the point with these blocks is dual feasible. */
    static double largest(Arrangement arrangement, BlockNorm norm, double[] blocks) {
        double largest = 0;
        int width = arrangement.blockSize();
        for (int i = 0; i < arrangement.count(); i++) {
            if (Arrangement.frobenius(blocks, i * width, width) > largest * largest) {
                largest = Math.max(largest, norm.of(i, blocks, i * width));
            }
        }
        return largest;
    }

    /**
     * The best feasible dual point on the segment from the anchor to the prediction s, and the
     * certificate of a primal point with objective {@code primal} and prediction s.
     *
     * @param anchorBlocks M_i(anchor), with φ_i(M_i(anchor)) ≤ β for every i
     */
    static Point certify(Arrangement arrangement, BlockNorm norm, double beta, double primal,
                         double[] s, double[] anchor, double[] anchorBlocks, int iterations,
                         boolean converged) {
        double[] target = blocks(arrangement, s);
        int width = arrangement.blockSize();
        double[] mixed = new double[target.length];
        double theta = 1;
        for (int i = 0; i < arrangement.count(); i++) {
            int offset = i * width;
            mix(target, anchorBlocks, offset, width, theta, mixed);
            if (Arrangement.frobenius(mixed, offset, width) <= beta * beta
                    || norm.of(i, mixed, offset) <= beta) {
                continue;
            }
            double feasible = 0;
            double infeasible = theta;
            for (int step = 0; step < BISECTIONS; step++) {
                double middle = 0.5 * (feasible + infeasible);
                if (norm.of(i, mix(target, anchorBlocks, offset, width, middle, mixed), offset)
                        <= beta) {
                    feasible = middle;
                } else {
                    infeasible = middle;
                }
            }
            theta = feasible;
        }
        double along = 0;
        double span = 0;
        for (int m = 0; m < s.length; m++) {
            double step = s[m] - anchor[m];
            along -= anchor[m] * step;
            span += step * step;
        }
        double best = span > 0 ? Math.max(0, Math.min(theta, along / span)) : theta;
        double[] lambda = new double[s.length];
        double dual = 0;
        for (int m = 0; m < s.length; m++) {
            lambda[m] = anchor[m] + best * (s[m] - anchor[m]);
            dual -= 0.5 * lambda[m] * lambda[m];
        }
        double violation = Math.max(0,
                largest(arrangement, norm, blocks(arrangement, lambda)) - beta);
        return new Point(lambda, new Certificate(primal, dual, primal - dual, violation, iterations,
                converged));
    }

    private static double[] mix(double[] target, double[] anchor, int offset, int width,
                                double theta, double[] out) {
        for (int m = offset; m < offset + width; m++) {
            out[m] = theta * target[m] + (1 - theta) * anchor[m];
        }
        return out;
    }
}
