package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;

/**
 * How often and by how much the non-convex runs of {@link ConvexVsNonconvex} stay above the
 * certified optimum, per setting and learning rate, and the claims of spec/convex-score.md §9
 * and §11.1 on them. Rows are those of {@link BaselineComparison#rows()}.
 */
final class BaselineSummary {
    private static final int ABS = 0;
    private static final int SKIP = 1;
    private static final int BETA = 2;
    private static final int OPTIMIZER = 3;
    private static final int RATE = 4;
    private static final int EXCESS = 8;
    private static final int MARGIN = 9;
    private static final int DIVERGED = 10;
    private static final int DEAD = 11;

    /**
     * (L_Adam − L*)/|L*| of §11.1's Adam column at lr 10⁻², from its quoted losses −7.371,
     * −5.824 and −3.2761 against the optima −9.346233, −5.901316, −3.276120.
     */
    static final double[] ADAM_REFERENCE_EXCESS = {(9.346233 - 7.371) / 9.346233,
            (5.901316 - 5.824) / 5.901316, 0.0};
    /** Agreement asked of the medians: the quoted losses have 3–4 decimals and the draws differ. */
    static final double STALL_TOLERANCE = 0.002;

    private BaselineSummary() {
    }

    /** The table {@code summary}: one row per (abs, skip, β, optimizer, learning rate). */
    static ResultTable table(List<double[]> rows) {
        Map<List<Double>, List<double[]>> groups = new LinkedHashMap<>();
        for (double[] r : rows) {
            groups.computeIfAbsent(List.of(r[ABS], r[SKIP], r[BETA], r[OPTIMIZER], r[RATE]),
                    k -> new ArrayList<>()).add(r);
        }
        List<double[]> out = new ArrayList<>();
        for (Map.Entry<List<Double>, List<double[]>> g : groups.entrySet()) {
            List<double[]> runs = g.getValue();
            double[] excess = runs.stream().mapToDouble(r -> r[EXCESS]).filter(Double::isFinite).sorted().toArray();
            double[] row = new double[12];
            for (int k = 0; k < 5; k++) {
                row[k] = g.getKey().get(k);
            }
            row[5] = runs.size();
            row[6] = count(runs, r -> r[EXCESS] <= ConvexVsNonconvex.REACHED);
            row[7] = count(runs, r -> r[DEAD] == 1);
            row[8] = count(runs, r -> r[DIVERGED] == 1);
            row[9] = excess.length == 0 ? Double.NaN : Medians.of(excess).median();
            row[10] = excess.length == 0 ? Double.NaN : excess[excess.length - 1];
            row[11] = runs.stream().mapToDouble(r -> r[MARGIN]).min().orElseThrow();
            out.add(row);
        }
        return new ResultTable("summary", List.of("abs", "skip", "beta", "optimizer", "learning_rate", "runs",
                "reached", "dead", "diverged", "median_relative_excess", "max_relative_excess", "min_margin"), out);
    }

    /** The claims on all rows; {@code unbounded} lists the programs without an optimum. */
    static void addClaims(ResultParts parts, List<double[]> rows, List<double[]> unbounded) {
        double margin = rows.stream().mapToDouble(r -> r[MARGIN]).min().orElseThrow();
        long violations = count(rows, r -> r[MARGIN] < 0);
        parts.claim("no GD or Adam loss, at any recorded step of any run, is below the certified optimum minus"
                + " the gap (a violation is a bug)", violations == 0, String.format(Locale.ROOT,
                "%d runs, %d violations, smallest margin %.3g", rows.size(), violations, margin));
        Predicate<double[]> plain = r -> r[ABS] == 0 && r[SKIP] == 0;
        Predicate<double[]> spiky = plain.and(r -> r[BETA] == 1);
        parts.claim("at beta = 1 (ReLU, no skip, many kinks) no run reaches the optimum (§11.1)",
                all(rows, spiky, r -> !(r[EXCESS] <= ConvexVsNonconvex.REACHED)), describe(rows, spiky));
        Predicate<double[]> collapse = plain.and(r -> r[OPTIMIZER] == 1 && r[RATE] == 1e-1);
        parts.claim("Adam at learning rate 0.1 collapses to a dead (all-zero) hidden layer on every seed at"
                + " beta = 1 (ReLU, no skip; §11.1 reports the collapse at beta = 2 and 4 too)",
                all(rows, collapse.and(r -> r[BETA] == 1), r -> r[DEAD] == 1), describe(rows, collapse));
        addStall(parts, rows.stream().filter(plain.and(r -> r[OPTIMIZER] == 1 && r[RATE] == 1e-2)).toList());
        long finite = count(rows, r -> r[DIVERGED] == 0);
        long above = count(rows, r -> r[DIVERGED] == 0 && r[EXCESS] > ConvexVsNonconvex.REACHED);
        parts.fit("share of finished runs that stay above the optimum by more than "
                + ConvexVsNonconvex.REACHED + " relative", (double) above / finite, String.format(Locale.ROOT,
                "%d of %d; dead %d, diverged %d", above, finite, count(rows, r -> r[DEAD] == 1),
                count(rows, r -> r[DIVERGED] == 1)));
        StringBuilder listed = new StringBuilder();
        for (double[] u : unbounded) {
            listed.append(listed.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s, %s, beta = %s: unbounded (threshold %s)", u[0] == 1 ? "abs" : "relu",
                    u[1] == 1 ? "skip" : "no skip", UnivariateCases.number(u[2]), UnivariateCases.number(u[3])));
        }
        parts.claim("programs below their threshold are reported unbounded and not trained against a number",
                unbounded.stream().allMatch(u -> u[2] < u[3]), listed.length() == 0 ? "none" : listed.toString());
    }

    /** The §11.1 stall points of Adam at lr 10⁻² (ReLU, no skip): the median relative excess per β. */
    private static void addStall(ResultParts parts, List<double[]> adam) {
        boolean stalls = true;
        StringBuilder stalled = new StringBuilder();
        for (int k = 0; k < ConvexVsNonconvex.BETAS.length; k++) {
            double beta = ConvexVsNonconvex.BETAS[k];
            double median = Medians.of(adam.stream().filter(r -> r[BETA] == beta).mapToDouble(r -> r[EXCESS])
                    .toArray()).median();
            double reference = ADAM_REFERENCE_EXCESS[k];
            stalls &= Math.abs(median - reference) <= STALL_TOLERANCE;
            stalled.append(k == 0 ? "" : "; ").append(String.format(Locale.ROOT, "beta %.0f: %.4f (§11.1 %.4f)",
                    beta, median, reference));
            parts.fit(String.format(Locale.ROOT, "relative excess of Adam, lr 1e-2, ReLU, no skip, beta = %.0f"
                    + " (median over seeds)", beta), median, String.format(Locale.ROOT, "§11.1: %.4f", reference));
        }
        parts.claim("Adam at learning rate 1e-2 stalls where §11.1 reports it: about 21 % above the optimum at"
                + " beta = 1, 1.3 % at beta = 2, at the optimum at beta = 4 (ReLU, no skip, within "
                + STALL_TOLERANCE + ")", stalls, stalled.toString());
    }

    private static long count(List<double[]> rows, Predicate<double[]> test) {
        return rows.stream().filter(test).count();
    }

    /** Whether some rows match {@code which} and all of them pass {@code test}. */
    private static boolean all(List<double[]> rows, Predicate<double[]> which, Predicate<double[]> test) {
        return count(rows, which) > 0 && rows.stream().filter(which).allMatch(test);
    }

    /** The relative excess of each matching run ("dead" or "diverged" where so). */
    private static String describe(List<double[]> rows, Predicate<double[]> which) {
        List<String> parts = new ArrayList<>();
        rows.stream().filter(which).forEach(r -> parts.add(String.format(Locale.ROOT, "beta %.0f lr %s: %s", r[BETA],
                UnivariateCases.number(r[RATE]), r[DIVERGED] == 1 ? "diverged" : r[DEAD] == 1 ? "dead" : String.format(Locale.ROOT,
                "%.2e", r[EXCESS]))));
        return "relative excess " + String.join(", ", parts);
    }
}
