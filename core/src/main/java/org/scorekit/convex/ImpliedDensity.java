package org.scorekit.convex;

import java.util.Arrays;
import java.util.Optional;
import org.scorekit.checks.Checks;

/**
 * The density p*(x) ∝ exp(∫ s*) implied by a piecewise-linear score (spec/convex-score.md §4),
 * normalised, on a grid that contains every knot.
 *
 * <p>log p* is piecewise quadratic and is evaluated exactly: on the piece starting at knot τ_k,
 * log p*(x) = L_k + ½ (s(τ_k) + s(x)) (x − τ_k), the trapezoid rule being exact for a linear s.
 * The normaliser is integrated by composite Simpson on sub-intervals over which log p* changes by
 * at most {@value #LOG_STEP}, so the relative quadrature error is below 10⁻⁹; the tails (Gaussian
 * or exponential) are integrated the same way out to {@value #TAIL_DEPTH} nats below the maximum,
 * which leaves out a mass below e⁻⁴⁰ of the total.
 */
public final class ImpliedDensity {
    static final double LOG_STEP = 0.02;
    static final double TAIL_DEPTH = 40.0;

    private final PiecewiseLinearScore score;
    private final double[] logAtKnots;
    private final double logNormaliser;
    private final double[] grid;
    private final double[] cdf;

    private ImpliedDensity(PiecewiseLinearScore score, double[] logAtKnots, double[] grid) {
        this.score = score;
        this.logAtKnots = logAtKnots;
        this.grid = grid;
        double peak = Double.NEGATIVE_INFINITY;
        for (double x : grid) {
            peak = Math.max(peak, unnormalised(x));
        }
        double[] mass = new double[grid.length];
        for (int i = 1; i < grid.length; i++) {
            mass[i] = mass[i - 1] + simpson(grid[i - 1], grid[i], peak);
        }
        this.logNormaliser = peak + Math.log(mass[grid.length - 1]);
        double total = mass[grid.length - 1];
        this.cdf = Arrays.stream(mass).map(m -> m / total).toArray();
    }

    /** The density of the score, or empty when exp(∫ s) is not integrable ({@link PiecewiseLinearScore#proper()}). */
    public static Optional<ImpliedDensity> of(PiecewiseLinearScore score) {
        Checks.require(score != null, "score must be given");
        if (!score.proper()) {
            return Optional.empty();
        }
        double[] knots = score.knots();
        double[] log = new double[knots.length];
        for (int k = 1; k < knots.length; k++) {
            log[k] = log[k - 1] + 0.5 * (score.value(knots[k - 1]) + score.value(knots[k]))
                    * (knots[k] - knots[k - 1]);
        }
        double peak = Arrays.stream(log).max().orElseThrow();
        for (int k = 0; k + 1 < knots.length; k++) {
            double s0 = score.value(knots[k]);
            double s1 = score.value(knots[k + 1]);
            if (s0 > 0 && s1 < 0) {
                double root = knots[k] + s0 / (s0 - s1) * (knots[k + 1] - knots[k]);
                peak = Math.max(peak, log[k] + 0.5 * s0 * (root - knots[k]));
            }
        }
        double left = tailLength(log[0], -score.value(knots[0]), score.leftSlope(), peak);
        double right = tailLength(log[knots.length - 1], score.value(knots[knots.length - 1]),
                score.rightSlope(), peak);
        double[] ends = new double[knots.length + 2];
        ends[0] = knots[0] - left;
        System.arraycopy(knots, 0, ends, 1, knots.length);
        ends[knots.length + 1] = knots[knots.length - 1] + right;
        return Optional.of(new ImpliedDensity(score, log, refine(score, ends)));
    }

    /**
     * The distance u beyond an end knot at which log p* = start + rate u + ½ curvature u² (the
     * tail seen outwards, curvature ≤ 0) has fallen {@value #TAIL_DEPTH} nats below the peak.
     */
    private static double tailLength(double start, double rate, double curvature, double peak) {
        double drop = Math.max(start - (peak - TAIL_DEPTH), 1.0);
        if (curvature == 0) {
            return drop / -rate;
        }
        double a = -0.5 * curvature;
        return (rate + Math.sqrt(rate * rate + 4 * a * drop)) / (2 * a);
    }

    /** Splits each piece so that |s| × length ≤ LOG_STEP on every sub-interval. */
    private static double[] refine(PiecewiseLinearScore score, double[] ends) {
        double[] out = new double[1];
        out[0] = ends[0];
        int size = 1;
        for (int p = 0; p + 1 < ends.length; p++) {
            double a = ends[p];
            double b = ends[p + 1];
            double variation = Math.max(Math.abs(score.value(a)), Math.abs(score.value(b))) * (b - a);
            int parts = (int) Math.min(1_000_000, Math.max(2, Math.ceil(variation / LOG_STEP)));
            if (size + parts > out.length) {
                out = Arrays.copyOf(out, Math.max(2 * out.length, size + parts));
            }
            for (int i = 1; i <= parts; i++) {
                out[size++] = i == parts ? b : a + (b - a) * i / parts;
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** log p* up to the normaliser: L_k + ½ (s(τ_k) + s(x)) (x − τ_k) from the knot at or left of x. */
    private double unnormalised(double x) {
        double[] knots = score.knots();
        int at = Arrays.binarySearch(knots, x);
        int k = at >= 0 ? at : Math.max(0, -at - 2);
        return logAtKnots[k] + 0.5 * (score.value(knots[k]) + score.value(x)) * (x - knots[k]);
    }

    private double simpson(double a, double b, double shift) {
        return (b - a) / 6 * (Math.exp(unnormalised(a) - shift)
                + 4 * Math.exp(unnormalised(0.5 * (a + b)) - shift) + Math.exp(unnormalised(b) - shift));
    }

    /** The grid: every knot, the sub-interval points, and the two truncation points of the tails. */
    public double[] grid() {
        return grid.clone();
    }

    /** p* on {@link #grid()}. */
    public double[] densities() {
        return Arrays.stream(grid).map(this::density).toArray();
    }

    /** log p*(x), normalised. */
    public double logDensity(double x) {
        return unnormalised(x) - logNormaliser;
    }

    /** p*(x), normalised. */
    public double density(double x) {
        return Math.exp(logDensity(x));
    }

    /** P*(X ≤ x): the cumulative integral to the grid point at or left of x plus Simpson on the rest. */
    public double cdf(double x) {
        if (x <= grid[0]) {
            return 0.0;
        }
        if (x >= grid[grid.length - 1]) {
            return 1.0;
        }
        int at = Arrays.binarySearch(grid, x);
        int i = at >= 0 ? at : -at - 2;
        return Math.min(1.0, cdf[i] + simpson(grid[i], x, logNormaliser));
    }

    /** E*[X^power] by Simpson on the grid (power 1 or 2). */
    public double moment(int power) {
        double sum = 0;
        for (int i = 1; i < grid.length; i++) {
            double a = grid[i - 1];
            double b = grid[i];
            double m = 0.5 * (a + b);
            sum += (b - a) / 6 * (Math.pow(a, power) * density(a) + 4 * Math.pow(m, power) * density(m)
                    + Math.pow(b, power) * density(b));
        }
        return sum;
    }
}
