package org.scorekit.convex;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * Solver of (M-relu-blockwise), spec/convex-score.md §6.4: min over v_ic, w_ic ∈ C_i of
 * ½ Σ_c ‖Σ_i D̃_i X̃ (v_ic − w_ic)‖² + Σ_{i,c} tr(D̃_i) e_cᵀ (v_ic − w_ic) + β Σ_{i,c} (‖v_ic‖ + ‖w_ic‖),
 * C_i = {v : (2D_i − I) X̃ v ≥ 0}, by the augmented Lagrangian of §6.6 step 4 around
 * {@link Fista} (group soft-threshold prox): penalty (δ/2)‖(γ/δ − K_i v)_+‖² per cone constraint,
 * multipliers γ ← (γ − δ K_i v)_+ after each inner solve.
 *
 * <p>Certificate. The AL iterate is feasible only in the limit, so each v_ic, w_ic is first
 * projected onto C_i ({@link ConeProjection}), giving a feasible primal value P. The dual is
 * max −½‖Λ‖² s.t. ‖Π_{C_i}(−h_ic)‖ ≤ β and ‖Π_{C_i}(h_ic)‖ ≤ β for all i, c, with h_ic column c
 * of M_i(Λ) = X̃ᵀ D̃_i Λ + tr(D̃_i) E (inner minimum over v ∈ C_i of ⟨h, v⟩ + β‖v‖ is 0 exactly
 * when max_{v ∈ C, ‖v‖ ≤ 1} ⟨−h, v⟩ = ‖Π_C(−h)‖ ≤ β, −∞ otherwise). Since
 * ‖Π_C(±h_ic)‖ ≤ ‖h_ic‖ ≤ ‖M_i‖₂, the gated anchor of {@link ThresholdSearch} is feasible here
 * too whenever it is there, and {@link SegmentDual} gives the gap.
 *
 * <p>Unboundedness. Without a feasible anchor (β below the anchor's max cone norm, the upper
 * bound), {@link ConeRecession} searches a recession direction of this program: cone pairs
 * v_ic, w_ic ∈ C_i with Σ_i D̃_i X̃ (v_ic − w_ic) = 0, along which the objective is
 * t(Σ tr(D̃_i) e_cᵀ(v_ic − w_ic) + β Σ (‖v_ic‖ + ‖w_ic‖)). Its ratio is a certified lower bound
 * on this program's own threshold; β below it gives {@link MultivariateResult.Unbounded}, β
 * between the bounds {@link MultivariateResult.Undecided}. The gated direction of
 * {@link ThresholdSearch} is not reused: split into cone pairs it certified only ~β_min/20.
 *
 * <p>Recovery (§6.4, norm splitting): v ≠ 0 gives the ReLU unit u = v'/√‖v‖, α = √‖v‖ e_c, with
 * v' = v + 10⁻⁹‖v‖ g_i/‖g_i‖ moved off the cone's faces along the pattern's gate, so that the unit
 * has exactly pattern i (its objective differs from the program's by O(10⁻⁹)); w gives −√‖w‖ e_c.
 */
public final class BlockwiseAugmentedLagrangian {
    private static final double INTERIOR = 1e-9;

    private BlockwiseAugmentedLagrangian() {
    }

    /**
     * Solver limits.
     *
     * @param maxRounds        multiplier updates before the current point is returned with its gap
     * @param innerIterations  FISTA iterations per round at most
     * @param gapTolerance     the relative duality gap accepted
     * @param searchIterations iterations of the anchor search ({@link GatedFista.Options}), and
     *                         again of the recession search ({@link ConeRecession})
     */
    public record Options(int maxRounds, int innerIterations, double gapTolerance,
                          int searchIterations) {
        /** 400 rounds of at most 200 iterations, relative gap 10⁻⁶, 5,000 search steps. */
        public static final Options DEFAULT = new Options(400, 200, 1e-6, 5000);

        public Options {
            Checks.positive("maxRounds", maxRounds);
            Checks.positive("innerIterations", innerIterations);
            Checks.positive("gapTolerance", gapTolerance);
            Checks.positive("searchIterations", searchIterations);
        }
    }

    /** Solves with {@link Options#DEFAULT}. */
    public static MultivariateResult solve(MultivariateProgram program) {
        return solve(program, Options.DEFAULT);
    }

    /**
     * The certified optimum; without a feasible anchor {@link MultivariateResult.Unbounded} when a
     * {@link ConeRecession} direction proves β &lt; β_min, {@link MultivariateResult.Undecided}
     * otherwise.
     */
    public static MultivariateResult solve(MultivariateProgram program, Options options) {
        Checks.require(program != null, "program must be given");
        Checks.require(options != null, "options must be given");
        Arrangement arrangement = new Arrangement(program);
        NormalOperator normal = new NormalOperator(arrangement);
        double lipschitz = normal.lipschitz();
        double beta = program.beta();
        ThresholdSearch.Outcome outcome = ThresholdSearch.search(arrangement, normal, beta,
                lipschitz, options.searchIterations());
        SegmentDual.BlockNorm cone = (i, m, o) -> coneNorm(arrangement, i, m, o);
        double upper = SegmentDual.largest(arrangement, cone, outcome.anchorBlocks());
        if (beta < upper) {
            return withoutAnchor(program, arrangement, lipschitz, outcome.anchor(), upper,
                    options.searchIterations());
        }
        Threshold threshold = new Threshold(0, upper);
        ConeLagrangian lagrangian = new ConeLagrangian(arrangement, normal, beta, lipschitz);
        double[] u = new double[2 * arrangement.count() * arrangement.blockSize()];
        SegmentDual.Point point = null;
        double[] feasible = u;
        for (int round = 1; round <= options.maxRounds(); round++) {
            u = lagrangian.minimise(u, options.innerIterations());
            lagrangian.updateMultipliers(u);
            feasible = projected(arrangement, u);
            point = certify(arrangement, cone, beta, feasible, outcome, round,
                    options.gapTolerance());
            if (point.certificate().converged()) {
                break;
            }
        }
        return new MultivariateResult.Optimum(new MultivariateSolution(program,
                Matrix.wrap(arrangement.count(), arrangement.blockSize(),
                        ConeLagrangian.difference(feasible)),
                recover(program, arrangement, feasible),
                Matrix.wrap(arrangement.rows(), arrangement.dimension(), point.lambda()),
                threshold, point.certificate()));
    }

    /**
     * {@link MultivariateResult.Unbounded} when the {@link ConeRecession} from the anchor proves
     * β &lt; its lower bound, {@link MultivariateResult.Undecided} otherwise.
     */
    private static MultivariateResult withoutAnchor(MultivariateProgram program,
                                                    Arrangement arrangement, double lipschitz,
                                                    double[] anchor, double upper,
                                                    int iterations) {
        double beta = program.beta();
        double lower = ConeRecession.search(program, arrangement, lipschitz, anchor, beta,
                iterations).map(ConeRecession.Direction::lower).orElse(0.0);
        // Bounds that contradict each other mean rounding broke one: nothing is claimed.
        Threshold threshold = new Threshold(lower <= upper ? lower : 0, upper);
        return beta < threshold.lower() ? new MultivariateResult.Unbounded(beta, threshold)
                : new MultivariateResult.Undecided(beta, threshold);
    }

    /** max_c max(‖Π_{C_i}(−h_ic)‖, ‖Π_{C_i}(h_ic)‖) over the columns h_ic of block i. */
    private static double coneNorm(Arrangement arrangement, int pattern, double[] blocks,
                                   int offset) {
        int d = arrangement.dimension();
        double largest = 0;
        for (int c = 0; c < d; c++) {
            double[] h = column(blocks, offset, d, c);
            largest = Math.max(largest, ConeProjection.norm(arrangement, pattern, h));
            for (int j = 0; j < h.length; j++) {
                h[j] = -h[j];
            }
            largest = Math.max(largest, ConeProjection.norm(arrangement, pattern, h));
        }
        return largest;
    }

    static double[] column(double[] blocks, int offset, int d, int c) {
        double[] h = new double[d + 1];
        for (int j = 0; j <= d; j++) {
            h[j] = blocks[offset + j * d + c];
        }
        return h;
    }

    /** Writes h into column c of the block at offset (the inverse of {@link #column}). */
    static void putColumn(double[] blocks, int offset, int d, int c, double[] h) {
        for (int j = 0; j <= d; j++) {
            blocks[offset + j * d + c] = h[j];
        }
    }

    /** Every v_ic and w_ic replaced by its projection onto C_i. */
    private static double[] projected(Arrangement arrangement, double[] u) {
        int d = arrangement.dimension();
        int width = arrangement.blockSize();
        int count = arrangement.count();
        double[] out = u.clone();
        for (int half = 0; half < 2; half++) {
            for (int i = 0; i < count; i++) {
                int offset = (half * count + i) * width;
                for (int c = 0; c < d; c++) {
                    putColumn(out, offset, d, c,
                            ConeProjection.project(arrangement, i, column(u, offset, d, c)));
                }
            }
        }
        return out;
    }

    /** The certificate after {@code rounds} rounds, converged when the gap is within tolerance. */
    private static SegmentDual.Point certify(Arrangement arrangement, SegmentDual.BlockNorm cone,
                                             double beta, double[] u,
                                             ThresholdSearch.Outcome outcome, int rounds,
                                             double gapTolerance) {
        double[] combined = ConeLagrangian.difference(u);
        double[] s = new double[arrangement.rows() * arrangement.dimension()];
        arrangement.predict(combined, s);
        double primal = 0.5 * Arrangement.dot(s, s) + arrangement.traceTerm(combined)
                + beta * ConeLagrangian.groupNorm(arrangement, u);
        SegmentDual.Point point = SegmentDual.certify(arrangement, cone, beta, primal, s,
                outcome.anchor(), outcome.anchorBlocks(), rounds, false);
        Certificate c = point.certificate();
        boolean converged = c.gap() <= gapTolerance * Math.max(1, Math.abs(c.primal()));
        return new SegmentDual.Point(point.lambda(), new Certificate(c.primal(), c.dual(), c.gap(),
                c.dualInfeasibility(), rounds, converged));
    }

    /** Norm splitting of every non-zero v_ic (α = +√‖v‖ e_c) and w_ic (α = −√‖w‖ e_c). */
    private static GatedNetwork recover(MultivariateProgram program, Arrangement arrangement,
                                        double[] u) {
        int d = arrangement.dimension();
        int count = arrangement.count();
        List<double[]> units = new ArrayList<>();
        List<double[]> outputs = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            for (int i = 0; i < count; i++) {
                double[] gate = program.patterns().gate(i);
                double gateNorm = Math.sqrt(Arrangement.dot(gate, gate));
                for (int c = 0; c < d; c++) {
                    double[] v = column(u, (half * count + i) * arrangement.blockSize(), d, c);
                    double size = Math.sqrt(Arrangement.dot(v, v));
                    if (size > 0) {
                        for (int j = 0; j <= d; j++) {
                            v[j] += INTERIOR * size * gate[j] / gateNorm;
                        }
                        units.add(GatedFista.scaled(v, 1 / Math.sqrt(size)));
                        double[] alpha = new double[d];
                        alpha[c] = (half == 0 ? 1 : -1) * Math.sqrt(size);
                        outputs.add(alpha);
                    }
                }
            }
        }
        Matrix weights = GatedFista.rowsOf(units, d + 1);
        return new GatedNetwork(program.activation(), weights, weights,
                GatedFista.rowsOf(outputs, d));
    }
}
