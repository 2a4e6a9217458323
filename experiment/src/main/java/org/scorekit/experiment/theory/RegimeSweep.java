package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.scorekit.convex.Activation;
import org.scorekit.convex.PiecewiseLinearScore;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;

/**
 * A β sweep of the ReLU program without skip (spec/convex-score.md §3) on one data set: the
 * certified optimum, kinks, sign changes of s* (modes and anti-modes), the slope and
 * nonlinearity on the data and the regime (1 many kinks, 2 linear, 3 zero) at each β ≥ 1 on a
 * geometric grid up to 1.2 n, plus β = n and any extra β asked for. β below the threshold 1 has
 * no optimum: those β are listed as unbounded, never with a number.
 */
final class RegimeSweep {
    /** Regime codes of the sweep table. */
    static final int MANY_KINKS = 1;
    static final int LINEAR = 2;
    static final int ZERO = 3;
    /** β below the threshold in every sweep. */
    static final double[] BELOW_THRESHOLD = {0.5, 0.9};

    private RegimeSweep() {
    }

    /** The β grid: the values below the threshold, then points geometric in [1, 1.2 n], n and extras. */
    static double[] grid(int n, int points, double... extra) {
        TreeSet<Double> betas = new TreeSet<>();
        for (double b : BELOW_THRESHOLD) {
            betas.add(b);
        }
        for (int k = 0; k < points; k++) {
            betas.add(Math.pow(1.2 * n, (double) k / (points - 1)));
        }
        betas.add((double) n);
        for (double b : extra) {
            betas.add(b);
        }
        return betas.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Adds the table {@code sweep-<name>} with its plots, the rows of unbounded β to
     * {@code unbounded} (dataset code, β, threshold), and the claims common to every sweep.
     */
    static List<double[]> addTo(ResultParts parts, String name, int code, double[] x, double[] betas,
                                List<double[]> unbounded) {
        List<double[]> rows = new ArrayList<>();
        for (double beta : betas) {
            Optional<UnivariateSolution> s = UnivariateCases.solve(x, Activation.RELU, false, beta);
            if (s.isEmpty()) {
                unbounded.add(new double[] {code, 0, 0, beta, 1.0});
            } else {
                rows.add(row(x, beta, s.get()));
            }
        }
        String table = "sweep-" + name;
        parts.tables.add(new ResultTable(table, List.of("beta", "optimum", "gap", "kinks",
                "sign_changes", "slope_on_data", "nonlinearity", "regime"), rows));
        parts.plots.add(new PlotSpec(table + "-optimum", name + ": certified optimum against beta (beta >= 1;"
                + " below 1 unbounded)", table, "beta", List.of("optimum"), "optimum", true, false));
        parts.plots.add(new PlotSpec(table + "-kinks", name + ": kinks and sign changes of the optimal"
                + " score against beta", table, "beta", List.of("kinks", "sign_changes"), "count", true, false));
        addClaim(parts, name, x.length, rows);
        return rows;
    }

    /** Every β ≥ 1 certified, the optimum non-decreasing in β, and the zero score from β = n. */
    private static void addClaim(ResultParts parts, String name, int n, List<double[]> rows) {
        double previous = Double.NEGATIVE_INFINITY;
        boolean monotone = true;
        boolean certified = true;
        boolean zeroAboveN = true;
        for (double[] r : rows) {
            monotone &= r[1] >= previous - 1e-9 * Math.max(1.0, Math.abs(previous));
            previous = r[1];
            certified &= Math.abs(r[2]) <= 1e-8 * Math.max(1.0, Math.abs(r[1]));
            zeroAboveN &= r[0] < n || r[7] == ZERO;
        }
        parts.claim(name + ": certified optimum (gap <= 1e-8) at every beta >= 1, non-decreasing in beta,"
                + " zero score for beta >= n = " + n, monotone && certified && zeroAboveN,
                String.format(Locale.ROOT, "%d values of beta, monotone %b, certified %b, zero above n %b",
                        rows.size(), monotone, certified, zeroAboveN));
    }

    private static double[] row(double[] x, double beta, UnivariateSolution s) {
        UnivariateCases.OnData line = UnivariateCases.OnData.of(s, x);
        boolean zero = s.nonZeros() == 0 && Math.abs(s.bias()) <= 1e-12;
        int regime = zero ? ZERO : line.nonlinearity() <= 1e-9 * line.scale() ? LINEAR : MANY_KINKS;
        return new double[] {beta, s.objective(), s.certificate().gap(), s.nonZeros(),
                signChanges(s.score()), line.slope(), line.nonlinearity(), regime};
    }

    /**
     * Sign changes of a piecewise-linear score over the real line: of its values at the knots,
     * with each tail's sign as x → ±∞ (the tail slope's, or the end value's where it is 0).
     */
    static int signChanges(PiecewiseLinearScore score) {
        double[] values = score.values();
        int last = values.length - 1;
        double[] at = new double[values.length + 2];
        at[0] = score.leftSlope() != 0 ? -score.leftSlope() : values[0];
        System.arraycopy(values, 0, at, 1, values.length);
        at[last + 2] = score.rightSlope() != 0 ? score.rightSlope() : values[last];
        int changes = 0;
        double previous = 0;
        for (double v : at) {
            if (v != 0) {
                changes += previous != 0 && Math.signum(v) != Math.signum(previous) ? 1 : 0;
                previous = v;
            }
        }
        return changes;
    }
}
