package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scorekit.convex.Activation;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.random.Rng;

/**
 * The certified convex optimum against non-convex training of the same network and objective
 * (spec/convex-score.md §9, §11.1): on the ten reference draws, ReLU and absolute value, with
 * and without skip, β = 1, 2, 4, GD and Adam (width {@value #WIDTH}, §9 initialisation) at
 * learning rates 1, 10⁻¹, 10⁻², 10⁻³ and 10⁻⁶ from several seeds, {@value #STEPS_FULL} steps
 * (quick {@value #STEPS_QUICK}). Every recorded loss is checked against the certified optimum
 * minus the gap; how often and by how much the runs stay above it is tabulated, dead (all-zero)
 * and diverged runs separately. A program below its threshold (absolute value with skip at
 * β = 1) has no optimum and is listed as unbounded.
 */
public final class ConvexVsNonconvex implements TheoryExperiment {
    static final int WIDTH = 50;
    static final int STEPS_FULL = 20_000;
    static final int STEPS_QUICK = 2_000;
    static final int RECORDS = 200;
    static final double[] RATES = {1, 1e-1, 1e-2, 1e-3, 1e-6};
    static final double[] BETAS = {1, 2, 4};
    /** Learning rates from this one up are plotted apart: their early spikes would flatten the others. */
    static final double LARGE_RATE = 0.1;
    /** Relative excess below which a run counts as having reached the optimum. */
    static final double REACHED = 1e-3;

    @Override
    public int defaultSeeds() {
        return 3;
    }

    @Override
    public ExperimentResult run(ExperimentOptions options, RunListener listener) {
        int steps = options.quick() ? STEPS_QUICK : STEPS_FULL;
        Rng rng = Rng.of(options.seed());
        ResultParts parts = new ResultParts();
        List<BaselineComparison> comparisons = new ArrayList<>();
        List<double[]> unbounded = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            for (boolean skip : new boolean[] {false, true}) {
                for (double beta : BETAS) {
                    UnivariateProgram program = new UnivariateProgram(UnivariateCases.REFERENCE, activation, skip, beta);
                    listener.stage("GD and Adam against the optimum: " + program);
                    Optional<UnivariateSolution> s = UnivariateCases.solve(UnivariateCases.REFERENCE, activation,
                            skip, beta);
                    if (s.isEmpty()) {
                        unbounded.add(new double[] {activation == Activation.ABSOLUTE_VALUE ? 1 : 0, skip ? 1 : 0,
                                beta, program.threshold()});
                        continue;
                    }
                    comparisons.add(BaselineComparison.of(program, s.get().certificate(), RATES, options.seeds(),
                            WIDTH, steps, steps / RECORDS, rng.fork(program.toString())));
                }
            }
        }
        List<double[]> rows = comparisons.stream().flatMap(c -> c.rows().stream()).toList();
        parts.tables.add(new ResultTable("runs", BaselineComparison.columns(), rows));
        parts.tables.add(new ResultTable("unbounded", List.of("abs", "skip", "beta", "threshold"), unbounded));
        parts.tables.add(BaselineSummary.table(rows));
        for (BaselineComparison c : comparisons) {
            if (c.program().activation() == Activation.RELU && !c.program().skip()) {
                addCurves(parts, c);
            }
        }
        BaselineSummary.addClaims(parts, rows, unbounded);
        String summary = String.format(Locale.ROOT, "The ten reference draws of spec §11.1; width %d, w, b ~ N(0, 1),"
                + " alpha ~ N(0, 1/m), c = v = 0; full-batch GD and Adam (0.9, 0.999, 1e-8), %d steps, loss"
                + " recorded every %d steps; %d seed(s); learning rates 1, 0.1, 0.01, 0.001, 1e-6. Codes: abs 1 ="
                + " absolute value, optimizer 0 = GD, 1 = Adam. Lower bound = certified optimum - |gap| - 1e-12"
                + " relative; a run reaches the optimum when its final loss is within %s relative.%s", WIDTH, steps,
                steps / RECORDS, options.seeds(), REACHED, options.quick() ? " Quick sizes." : "");
        return parts.result(BuiltinExperiment.CONVEX_VS_NONCONVEX, "Certified convex optimum vs GD and Adam on the"
                + " same network", summary);
    }

    /**
     * The loss curves of every run of a ReLU program without skip, with the optimum dashed: one
     * plot per optimizer and group of learning rates, against the step on a log axis.
     */
    private static void addCurves(ResultParts parts, BaselineComparison c) {
        String table = String.format(Locale.ROOT, "curves-beta-%.0f", c.program().beta());
        Map<String, double[]> columns = new LinkedHashMap<>();
        int[] steps = c.runs().stream().map(r -> r.run().steps()).max((a, b) -> a.length - b.length)
                .orElseThrow();
        columns.put("step", Arrays.stream(steps).asDoubleStream().toArray());
        double[] optimum = new double[steps.length];
        Arrays.fill(optimum, c.certificate().primal());
        columns.put("certified_optimum", optimum);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (BaselineComparison.Run r : c.runs()) {
            String optimizer = r.run().optimizer().name();
            String name = optimizer + "_lr_" + UnivariateCases.number(r.rate()) + "_seed_" + r.seed();
            columns.put(name, padded(r.run().losses(), steps.length));
            String group = optimizer + (r.rate() >= LARGE_RATE ? "-large-rates" : "-small-rates");
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(name);
        }
        parts.columns(table, columns);
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            List<String> y = new ArrayList<>(g.getValue());
            y.add("certified_optimum");
            parts.plots.add(new PlotSpec(table + "-" + g.getKey(), String.format(Locale.ROOT, "ReLU, beta = %.0f:"
                    + " %s loss against step, certified optimum dashed", c.program().beta(),
                    g.getKey().replace('-', ' ')), table, "step", y, "loss", true, false,
                    Map.of("certified_optimum", ExperimentResult.SeriesStyle.DASHED)));
        }
    }

    /**
     * The losses followed by NaN (not recorded) up to {@code length}: a diverged run ends early,
     * and only its last record, the non-finite loss, lies off the common grid of steps.
     */
    private static double[] padded(double[] losses, int length) {
        double[] out = Arrays.copyOf(losses, length);
        Arrays.fill(out, losses.length, length, Double.NaN);
        return out;
    }
}
