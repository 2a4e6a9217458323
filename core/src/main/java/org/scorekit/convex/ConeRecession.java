package org.scorekit.convex;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The certified lower bound on the threshold of (M-relu-blockwise) (spec/convex-score.md §6.4-§6.5,
 * docs/convex-multivariate.md §5): a recession direction made of cone pairs v_ic, w_ic ∈ C_i =
 * {K_i v ≥ 0}, K_i = (2D_i − I) X̃.
 *
 * <p>Search. FISTA (step 1/(2‖A‖²), from the gated anchor) on the dual penalty
 * ½ Σ_{i,c} (‖Π_{C_i}(−h_ic)‖ − ℓ)_+² + (‖Π_{C_i}(h_ic)‖ − ℓ)_+², ℓ = β, h_ic column c of
 * M_i(Λ). Its gradient is −A U with U = V − W, v_ic = (‖Π(−h)‖ − ℓ)_+ Π(−h)/‖Π(−h)‖ and w_ic the
 * same for +h, so near stationarity A U ≈ 0 and the pairs already lie in their cones.
 *
 * <p>Exact null direction. R = {@link RecessionDirection#project}(U) has A R = 0 (to rounding);
 * each column of the correction r − u is split as x − y with x, y ∈ C_i along the gate g of the
 * pattern, strictly inside C_i: x = r − u + s g, y = s g (s ≥ max_k (−(K_i(r − u))_k/(K_i g)_k)_+)
 * or x = s g, y = s g − (r − u), whichever costs less; ‖s g ± c‖ + s‖g‖ does not decrease in s,
 * so the smallest feasible s is best, raised by 10⁻⁹‖c‖/‖g‖ to stay strictly inside. Then
 * v ← v + x, w ← w + y stay in the cones and v − w = R.
 *
 * <p>Bound. Along t(v, w), t → ∞, the fit term stays 0 and the objective is
 * t (T(R) + β Σ_{i,c} (‖v_ic‖ + ‖w_ic‖)), T(R) = Σ tr(D̃_i) e_cᵀ r_ic, which falls without bound
 * for every β &lt; lower = −T(R) / Σ (‖v_ic‖ + ‖w_ic‖) ≤ β_min(relu). Since ‖v‖ + ‖w‖ ≥ ‖r‖ and
 * Σ_c ‖r_ic‖ ≥ ‖R_i‖_*, lower never exceeds the gated bound of R. Before it is claimed, the
 * final pairs are re-checked: each column in its cone up to the rounding of one product, and
 * ‖A(V − W)‖ ≤ 10⁻¹⁰ ‖A‖₂ ‖V − W‖; otherwise nothing is claimed.
 */
final class ConeRecession {
    private static final double INTERIOR = 1e-9;
    private static final int CHECK_EVERY = 25;

    /** The pairs u = [V; W] (the layout of {@link ConeLagrangian}) and the bound they certify. */
    record Direction(double[] pairs, double lower) {
    }

    private ConeRecession() {
    }

    /**
     * The direction after at most {@code iterations} FISTA steps on the penalty from Λ = anchor
     * (n × d) at the given level; empty when it certifies nothing.
     */
    static Optional<Direction> search(MultivariateProgram program, Arrangement arrangement,
                                      double lipschitz, double[] anchor, double level,
                                      int iterations) {
        Fista.Problem penalty = new Fista.Problem() {
            @Override
            public void gradient(double[] lambda, double[] step) {
                double[] u = ConeLagrangian.difference(pairs(arrangement,
                        SegmentDual.blocks(arrangement, lambda), level));
                arrangement.predict(u, step);
                for (int m = 0; m < step.length; m++) {
                    step[m] = -step[m];
                }
            }

            @Override
            public void prox(double[] z, double lipschitzConstant, double[] out) {
                System.arraycopy(z, 0, out, 0, z.length);
            }
        };
        // Both terms of a column have 1-Lipschitz gradients in h_ic (p ↦ p − Π_{ball}(p) after Π_C).
        double[] lambda = Fista.minimise(penalty, anchor, 2 * lipschitz, iterations, CHECK_EVERY,
                (z, iteration) -> isZero(pairs(arrangement, SegmentDual.blocks(arrangement, z),
                        level))).u();
        return of(program, arrangement, lipschitz, pairs(arrangement,
                SegmentDual.blocks(arrangement, lambda), level));
    }

    /** [V; W] with v_ic = (‖Π_{C_i}(−h_ic)‖ − level)_+ direction, w_ic the same for +h_ic. */
    private static double[] pairs(Arrangement arrangement, double[] blocks, double level) {
        int d = arrangement.dimension();
        int width = arrangement.blockSize();
        int count = arrangement.count();
        double[] pairs = new double[2 * blocks.length];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < d; c++) {
                double[] h = BlockwiseAugmentedLagrangian.column(blocks, i * width, d, c);
                BlockwiseAugmentedLagrangian.putColumn(pairs, i * width, d, c,
                        excess(arrangement, i, h, -1, level));
                BlockwiseAugmentedLagrangian.putColumn(pairs, (count + i) * width, d, c,
                        excess(arrangement, i, h, 1, level));
            }
        }
        return pairs;
    }

    /** The cone pairs made exact: V − W projected onto null(A), the correction split. */
    private static Optional<Direction> of(MultivariateProgram program, Arrangement arrangement,
                                          double lipschitz, double[] pairs) {
        int d = arrangement.dimension();
        int width = arrangement.blockSize();
        int count = arrangement.count();
        double[] u = ConeLagrangian.difference(pairs);
        double[] r = RecessionDirection.project(arrangement, u);
        double cost = 0;
        for (int i = 0; i < count; i++) {
            double[] gate = program.patterns().gate(i);
            for (int c = 0; c < d; c++) {
                int v = i * width;
                int w = (count + i) * width;
                double[] correction = BlockwiseAugmentedLagrangian.column(r, v, d, c);
                double[] before = BlockwiseAugmentedLagrangian.column(u, v, d, c);
                for (int j = 0; j <= d; j++) {
                    correction[j] -= before[j];
                }
                double[][] split = split(arrangement, i, gate, correction);
                if (split.length == 0) {
                    return Optional.empty();
                }
                double[] vc = add(BlockwiseAugmentedLagrangian.column(pairs, v, d, c), split[0]);
                double[] wc = add(BlockwiseAugmentedLagrangian.column(pairs, w, d, c), split[1]);
                BlockwiseAugmentedLagrangian.putColumn(pairs, v, d, c, vc);
                BlockwiseAugmentedLagrangian.putColumn(pairs, w, d, c, wc);
                cost += norm(vc) + norm(wc);
            }
        }
        double lower = -arrangement.traceTerm(r) / cost;
        return lower > 0 && verified(arrangement, lipschitz, pairs)
                ? Optional.of(new Direction(pairs, lower)) : Optional.empty();
    }

    /** (‖p‖ − level)_+ p/‖p‖ with p = Π_{C_i}(sign · h). */
    private static double[] excess(Arrangement arrangement, int pattern, double[] h, double sign,
                                   double level) {
        double[] p = new double[h.length];
        for (int j = 0; j < h.length; j++) {
            p[j] = sign * h[j];
        }
        p = ConeProjection.project(arrangement, pattern, p);
        double size = norm(p);
        double scale = size > level ? (size - level) / size : 0;
        for (int j = 0; j < h.length; j++) {
            p[j] *= scale;
        }
        return p;
    }

    /**
     * The claim re-checked on the final pairs, so that it does not rest on the projections'
     * convergence: every column in its cone up to the rounding of one product, and
     * ‖A(V − W)‖ ≤ 10⁻¹⁰ ‖A‖₂ ‖V − W‖ (the null projection aims at 10⁻¹³).
     */
    private static boolean verified(Arrangement arrangement, double lipschitz, double[] pairs) {
        int d = arrangement.dimension();
        int count = arrangement.count();
        for (int block = 0; block < 2 * count; block++) {
            for (int c = 0; c < d; c++) {
                double[] v = BlockwiseAugmentedLagrangian.column(pairs,
                        block * arrangement.blockSize(), d, c);
                for (int k = 0; k < arrangement.rows(); k++) {
                    double scale = 0;
                    for (int j = 0; j <= d; j++) {
                        scale += Math.abs(arrangement.lifted(k, j) * v[j]);
                    }
                    if (ConeProjection.row(arrangement, block % count, k, v) < -1e-12 * scale) {
                        return false;
                    }
                }
            }
        }
        double[] u = ConeLagrangian.difference(pairs);
        double[] fit = new double[arrangement.rows() * d];
        arrangement.predict(u, fit);
        return Arrangement.dot(fit, fit) <= 1e-20 * lipschitz * Arrangement.dot(u, u);
    }

    /** Whether every cone norm is within the level: Λ is then dual feasible, nothing to certify. */
    private static boolean isZero(double[] pairs) {
        return Arrangement.dot(pairs, pairs) == 0;
    }

    private static double[] add(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            a[j] += b[j];
        }
        return a;
    }

    /**
     * The cheaper of the two splits {v, w} of u: the column carrying u is sign · u + s g, the
     * other s g; empty when neither exists.
     */
    private static double[][] split(Arrangement arrangement, int pattern, double[] gate,
                                    double[] u) {
        double[][] best = new double[0][];
        double bestCost = Double.POSITIVE_INFINITY;
        for (double sign : new double[] {1, -1}) {
            OptionalDouble shift = shift(arrangement, pattern, gate, u, sign);
            if (shift.isEmpty()) {
                continue;
            }
            double s = shift.getAsDouble();
            double[] carrier = new double[u.length];
            double[] along = new double[u.length];
            for (int j = 0; j < u.length; j++) {
                along[j] = s * gate[j];
                carrier[j] = sign * u[j] + along[j];
            }
            double cost = norm(carrier) + norm(along);
            if (cost < bestCost) {
                bestCost = cost;
                best = sign > 0 ? new double[][] {carrier, along} : new double[][] {along, carrier};
            }
        }
        return best;
    }

    /**
     * The smallest s ≥ 0 with K_i(sign · u + s g) ≥ 0, plus the interior margin; empty when the
     * gate is on a point's hyperplane (K_i g has a zero entry).
     */
    private static OptionalDouble shift(Arrangement arrangement, int pattern, double[] gate,
                                        double[] u, double sign) {
        double s = 0;
        for (int k = 0; k < arrangement.rows(); k++) {
            double inside = ConeProjection.row(arrangement, pattern, k, gate);
            if (!(inside > 0)) {
                return OptionalDouble.empty();
            }
            s = Math.max(s, -sign * ConeProjection.row(arrangement, pattern, k, u) / inside);
        }
        return OptionalDouble.of(s + INTERIOR * norm(u) / norm(gate));
    }

    private static double norm(double[] v) {
        return Math.sqrt(Arrangement.dot(v, v));
    }
}
