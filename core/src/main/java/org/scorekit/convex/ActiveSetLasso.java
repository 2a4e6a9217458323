package org.scorekit.convex;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.scorekit.checks.Checks;

/**
 * Exact solver of the univariate programs (P-ReLU) and (P-abs) of spec/convex-score.md §2.3: an
 * active-set method of Lawson–Hanson type on the asymmetric Lasso, in place of the FISTA of §5.
 *
 * <p>A column enters when its KKT condition −λ_pos ≤ g_j ≤ λ_neg (g = Mᵀ M u + q, §3) is violated
 * by more than the tolerance, with the sign on which it lowers the objective; the restricted
 * problem with signs held is an unconstrained quadratic, solved in O(n) in knot coordinates
 * ({@link KnotSystem}) with iterative refinement; if a coefficient would
 * change sign, the step stops where the first one reaches 0 and that column leaves. The objective
 * decreases strictly at each step and the method ends after finitely many steps at a point whose
 * predicted scores λ = M u are dual feasible up to the tolerance; the duality gap is then the
 * rounding error, where FISTA would need 10⁴–10⁵ iterations on these ill-conditioned ramp
 * columns. Dictionary products cost O(n) (sorted-order accumulation), and so does a step,
 * whatever the number of active columns: n = 2,000 points at β = 1 (about 870 active columns,
 * 1,650 restricted solves) take well under a second. The same iteration solves the DSM Lasso of
 * §7 through {@link DenoisingLasso}: only the linear term and the costs of the dictionary differ.
 */
public final class ActiveSetLasso {
    private ActiveSetLasso() {
    }

    /**
     * Solver limits.
     *
     * @param maxIterations restricted solves before the solver stops and returns its certificate
     * @param tolerance     the largest KKT violation accepted, in units of the derivative counts y;
     *                      raised to the rounding level of g when that is larger (spiky optima
     *                      near the threshold, where ‖M u‖₁ is large); a violated column whose
     *                      entry lowers the objective by less than 10⁻¹² of it is rounding too,
     *                      so {@code converged} means "optimal to rounding" and the certificate's
     *                      gap and dual infeasibility say how far that is
     */
    public record Options(int maxIterations, double tolerance) {
        /** 10⁶ restricted solves, tolerance 10⁻⁹. */
        public static final Options DEFAULT = new Options(1_000_000, 1e-9);

        public Options {
            Checks.positive("maxIterations", maxIterations);
            Checks.positive("tolerance", tolerance);
        }
    }

    /** Solves with {@link Options#DEFAULT}. */
    public static UnivariateResult solve(UnivariateProgram program) {
        return solve(program, Options.DEFAULT);
    }

    /**
     * The certified optimum of the program, or {@link UnivariateResult.Unbounded} when β is below
     * {@link UnivariateProgram#threshold()}. At the iteration cap the current point is returned
     * with its (then larger) gap and {@code converged = false}.
     */
    public static UnivariateResult solve(UnivariateProgram program, Options options) {
        Checks.require(program != null, "program must be given");
        Checks.require(options != null, "options must be given");
        if (!program.bounded()) {
            return new UnivariateResult.Unbounded(program.beta(), program.threshold());
        }
        double[] x = program.points();
        int[] order = sortedOrder(x);
        double[] sorted = permuted(x, order);
        KinkDictionary dictionary = new KinkDictionary(sorted, program.activation(), program.beta());
        KinkFit fit = minimise(dictionary, program.skip(), options);
        return new UnivariateResult.Optimum(new UnivariateSolution(program, sorted,
                fit.coefficients(), fit.bias(), fit.skip(),
                unpermuted(fit.dual(), order), fit.certificate()));
    }

    /** The indices of x in increasing order of value. */
    static int[] sortedOrder(double[] x) {
        return IntStream.range(0, x.length).boxed()
                .sorted(Comparator.comparingDouble(i -> x[i])).mapToInt(Integer::intValue).toArray();
    }

    /** values[order[i]] for every i. */
    static double[] permuted(double[] values, int[] order) {
        double[] out = new double[order.length];
        Arrays.setAll(out, i -> values[order[i]]);
        return out;
    }

    /** The inverse of {@link #permuted}: out[order[i]] = sorted[i]. */
    static double[] unpermuted(double[] sorted, int[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[order[i]] = sorted[i];
        }
        return out;
    }

    /**
     * The active-set iteration on min_u ½‖M u‖² + qᵀu + Σ_j ρ_j(z_j) for any dictionary whose
     * program is bounded below; the result is in sorted order.
     */
    static KinkFit minimise(KinkDictionary dictionary, boolean skip, Options options) {
        ActiveSet set = new ActiveSet(dictionary, skip);
        set.setValues(set.restrictedMinimiser());
        int iterations = 0;
        BitSet blocked = new BitSet(dictionary.columns());
        double[] r = predictions(dictionary, set);
        double best = objective(dictionary, set, r);
        boolean converged = false;
        while (iterations < options.maxIterations()) {
            double[] g = gradient(dictionary, r);
            int entering = mostViolated(dictionary, set, g, blocked,
                    tolerance(options, set, dictionary, r));
            if (entering < 0) {
                converged = true;
                break;
            }
            if (!set.add(entering, g[entering] < -dictionary.costPositive(entering) ? 1.0 : -1.0)) {
                blocked.set(entering);
                continue;
            }
            iterations += descend(set, blocked, entering, options.maxIterations() - iterations);
            r = predictions(dictionary, set);
            double next = objective(dictionary, set, r);
            // In exact arithmetic every entry lowers the objective; a step lost in rounding
            // would let the same column enter again forever, so it stays out until one helps.
            // Progress is measured against the best objective so far: restricted solves that
            // are off by rounding could otherwise rise and fall in a sawtooth without end.
            if (next < best - 1e-12 * Math.abs(best)) {
                blocked.clear();
                best = next;
            } else {
                blocked.set(entering);
            }
        }
        return fit(dictionary, set, skip, iterations, converged);
    }

    /**
     * The KKT tolerance at the current point: the requested one, or the rounding level of g_j if
     * that is larger (huge spiky solutions near the threshold, or the DSM regression's targets
     * r inside q = −Mᵀr), about 10³ ε · (x_(n) − x_(1)) · (‖M u‖₁ + ‖r‖₁).
     */
    private static double tolerance(Options options, ActiveSet set, KinkDictionary dictionary,
                                    double[] r) {
        int n = dictionary.size();
        double range = dictionary.point(n - 1) - dictionary.point(0);
        double sum = dictionary.targetMass();
        for (double ri : r) {
            sum += Math.abs(ri);
        }
        return Math.max(options.tolerance(), 1e3 * Math.ulp(1.0) * range * sum);
    }

    /** The primal objective P(u) of the current point from its predictions r = M u. */
    private static double objective(KinkDictionary dictionary, ActiveSet set, double[] r) {
        double[] v = set.values();
        int free = set.freeCount();
        double total = 0;
        for (int p = 0; p < free; p++) {
            total += dictionary.freeLinear(p) * v[p];
        }
        for (double ri : r) {
            total += 0.5 * ri * ri;
        }
        for (int a = 0; a < set.activeCount(); a++) {
            int j = set.column(a);
            total += dictionary.linear(j) * v[free + a] + dictionary.penalty(j, v[free + a]);
        }
        return total;
    }

    /** g = Mᵀ r + q over the dictionary columns, r = M u. */
    private static double[] gradient(KinkDictionary dictionary, double[] r) {
        double[] g = new double[dictionary.columns()];
        dictionary.correlate(r, g);
        for (int j = 0; j < g.length; j++) {
            g[j] += dictionary.linear(j);
        }
        return g;
    }

    /** M u at the sorted points. */
    static double[] predictions(KinkDictionary dictionary, ActiveSet set) {
        int n = dictionary.size();
        double[] r = new double[n];
        dictionary.apply(set.coefficients(), r);
        double[] v = set.values();
        for (int i = 0; i < n; i++) {
            r[i] += v[0] + (set.freeCount() == 2 ? v[1] * dictionary.point(i) : 0.0);
        }
        return r;
    }

    private static int mostViolated(KinkDictionary dictionary, ActiveSet set, double[] g,
                                    BitSet blocked, double tolerance) {
        boolean[] isActive = new boolean[g.length];
        for (int a = 0; a < set.activeCount(); a++) {
            isActive[set.column(a)] = true;
        }
        int best = -1;
        double worst = tolerance;
        for (int j = 0; j < g.length; j++) {
            double violation = Math.max(-dictionary.costPositive(j) - g[j],
                    g[j] - dictionary.costNegative(j));
            if (!isActive[j] && !blocked.get(j) && violation > worst) {
                worst = violation;
                best = j;
            }
        }
        return best;
    }

    /**
     * Restricted solves until the signs hold (Lawson–Hanson inner loop); returns the number of
     * solves. A column whose restricted optimum has the wrong sign (in exact arithmetic it cannot)
     * leaves again and is blocked until the objective next decreases.
     */
    private static int descend(ActiveSet set, BitSet blocked, int entering, int budget) {
        int free = set.freeCount();
        for (int count = 1; ; count++) {
            double[] target = set.restrictedMinimiser();
            int newest = set.activeCount() - 1;
            if (count == 1 && set.sign(newest) * target[free + newest] <= 0) {
                set.remove(newest);
                blocked.set(entering);
                return count;
            }
            double[] current = set.values();
            double step = 1;
            int hit = -1;
            for (int a = 0; a < set.activeCount(); a++) {
                double u = current[free + a];
                double w = target[free + a];
                if (set.sign(a) * w <= 0 && u / (u - w) < step) {
                    step = u / (u - w);
                    hit = a;
                }
            }
            if (hit < 0) {
                set.setValues(target);
                return count;
            }
            double[] next = new double[current.length];
            for (int p = 0; p < next.length; p++) {
                next[p] = current[p] + step * (target[p] - current[p]);
            }
            next[free + hit] = 0.0;
            set.setValues(next);
            for (int a = set.activeCount() - 1; a >= 0; a--) {
                if (set.sign(a) * next[free + a] <= 0) {
                    set.remove(a);
                }
            }
            if (count >= budget) {
                return count;
            }
        }
    }

    private static KinkFit fit(KinkDictionary dictionary, ActiveSet set, boolean skip,
                               int iterations, boolean converged) {
        double[] z = set.coefficients();
        double[] values = set.values();
        double skipWeight = set.freeCount() == 2 ? values[1] : 0.0;
        double bias = skip ? values[0] : balanceEnds(dictionary, z, values[0]);
        double[] lambda = DualPoint.project(predictions(dictionary, set), dictionary, skip);
        Certificate certificate = DualPoint.certify(dictionary, z, bias, skipWeight, lambda,
                iterations, converged);
        return new KinkFit(z, bias, skipWeight, lambda, certificate);
    }

    /**
     * The tie-break of spec §3 (balanced split): without skip, the end columns (x − x_(1)) and
     * (x_(n) − x) (ReLU: A⁺ at x_(1), A⁻ at x_(n); absolute value: B at both) coincide on the
     * data up to a constant and have the same derivative counts ±(n − 1) and costs (in the DSM
     * regression of §7 the same costs β, the constant being absorbed by the bias), so any split
     * a − b of the linear part is optimal. The solver keeps one of them; this splits it as
     * (a/2, −a/2), the split of least ‖z‖ (the limit of a ridge ε‖z‖², ε → 0), which gives both
     * tails half the on-data slope. Returns the bias that keeps the predictions unchanged.
     */
    private static double balanceEnds(KinkDictionary dictionary, double[] z, double bias) {
        int n = dictionary.size();
        int first = 0;
        int last = z.length - 1;
        double linear = z[first] - z[last];
        if (linear == 0 || (z[first] != 0 && z[last] != 0)) {
            return bias;
        }
        double shift = z[first] != 0 ? z[first] : z[last];
        z[first] = 0.5 * linear;
        z[last] = -0.5 * linear;
        return bias + 0.5 * shift * (dictionary.point(n - 1) - dictionary.point(0));
    }
}
