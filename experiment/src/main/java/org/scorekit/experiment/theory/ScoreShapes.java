package org.scorekit.experiment.theory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.scorekit.convex.Activation;
import org.scorekit.convex.ImpliedDensity;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;

/**
 * The learned score s* and its implied density p* (spec/convex-score.md §4) of the ReLU program
 * without skip at a few β, on a grid of {@value #GRID} points reaching at least {@value #MARGIN}
 * beyond the data, next to the data histogram (a density: count / (n · bin width), 2√n bins).
 */
final class ScoreShapes {
    static final int GRID = 400;
    static final double MARGIN = 1.5;

    private ScoreShapes() {
    }

    /** Adds the table {@code shape-<name>} with a score plot and a density plot. */
    static void addTo(ResultParts parts, String name, double[] x, double... betas) {
        double low = Arrays.stream(x).min().orElseThrow();
        double high = Arrays.stream(x).max().orElseThrow();
        // Whole-number ends keep the axis ticks readable.
        double start = Math.floor(low - MARGIN);
        double end = Math.ceil(high + MARGIN);
        double[] grid = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            grid[i] = start + (end - start) * i / (GRID - 1);
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, double[]> densities = new LinkedHashMap<>();
        for (double beta : betas) {
            UnivariateSolution s = UnivariateCases.solve(x, Activation.RELU, false, beta).orElseThrow();
            String suffix = "_beta_" + UnivariateCases.number(beta);
            scores.put("score" + suffix, evaluate(grid, s::value));
            Optional<ImpliedDensity> p = ImpliedDensity.of(s.score());
            p.ifPresent(d -> densities.put("density" + suffix, evaluate(grid, d::density)));
        }
        densities.put("histogram", Histograms.density(x, low, high, grid));
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("x", grid);
        columns.putAll(scores);
        columns.putAll(densities);
        String table = "shape-" + name;
        parts.columns(table, columns);
        parts.plots.add(new PlotSpec(table + "-score", name + ": learned score s*(x)", table, "x",
                List.copyOf(scores.keySet()), "score", false, false));
        parts.plots.add(new PlotSpec(table + "-density", name + ": implied density p*(x) and the data"
                + " histogram", table, "x", List.copyOf(densities.keySet()), "density", false, false));
    }

    static double[] evaluate(double[] grid, DoubleUnaryOperator f) {
        double[] out = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            out[i] = f.applyAsDouble(grid[i]);
        }
        return out;
    }
}
