package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.eval.LogLogFit;
import org.scorekit.experiment.theory.ExperimentResult.Claim;
import org.scorekit.experiment.theory.ExperimentResult.Fit;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.CouplingMonitor;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;
import org.scorekit.train.GradientDescent;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.ResolvedStep;
import org.scorekit.train.TrainingSettings;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingListener;
import org.scorekit.train.TrainingResult;

/**
 * Check C1 of spec §13: in the spec §14 setting (N = 300, antisymmetric initialisation,
 * η = 1/λ_max(K∞), τ = 40 ≈ τ̂ steps), every lazy-training diagnostic of spec §8 — the RMS gap
 * between the network and its kernel predictor on training and fresh inputs, the Gram drift,
 * the fraction of flipped activations and the largest weight movement — shrinks like m^{−1/2}.
 */
public final class NtkRegime implements GridExperiment {
    /** GD steps before the diagnostics are read (about τ̂ in this setting). */
    static final int STEPS = 40;
    /** Largest |slope + 1/2| of the coupling fit that counts as "about −1/2". */
    static final double SLOPE_TOLERANCE = 0.2;
    private static final String[] DIAGNOSTICS = {CouplingMonitor.COUPLING_TRAIN,
        CouplingMonitor.COUPLING_TEST, CouplingMonitor.GRAM_DRIFT, CouplingMonitor.FLIPS,
        CouplingMonitor.MAX_MOVE};

    @Override
    public int defaultSeeds() {
        return 4;
    }

    @Override
    public List<String> cells(ExperimentOptions options) {
        List<String> labels = new ArrayList<>();
        for (int m : widths(options)) {
            for (int s = 0; s < options.seeds(); s++) {
                labels.add("width " + m + ", seed " + (s + 1) + "/" + options.seeds());
            }
        }
        return labels;
    }

    /** Cell i is width {@code widths[i / seeds]} on seed {@code i % seeds}. */
    @Override
    public double[] cell(ExperimentOptions options, int index) {
        int m = widths(options)[index / options.seeds()];
        int s = index % options.seeds();
        return diagnostics(TheorySetting.reference(), m, Rng.of(options.seed()).fork("seed-" + s));
    }

    @Override
    public ExperimentResult combine(ExperimentOptions options, List<double[]> cells) {
        int[] widths = widths(options);
        List<double[]> rows = new ArrayList<>();
        for (int w = 0; w < widths.length; w++) {
            double[] row = new double[DIAGNOSTICS.length + 1];
            row[0] = widths[w];
            for (int s = 0; s < options.seeds(); s++) {
                double[] d = cells.get(w * options.seeds() + s);
                for (int k = 0; k < d.length; k++) {
                    row[k + 1] += d[k] / options.seeds();
                }
            }
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("width"));
        columns.addAll(List.of(DIAGNOSTICS));
        ResultTable table = new ResultTable("by-width", columns, rows);
        return result(options, table);
    }

    private static int[] widths(ExperimentOptions options) {
        return options.quick() ? new int[] {256, 512, 1024, 2048}
                : new int[] {256, 512, 1024, 2048, 4096, 8192, 16384, 32768};
    }

    private static double[] diagnostics(TheorySetting setting, int width, Rng rng) {
        // The same training draw and test inputs for every width of a seed.
        ScoreMatchingProblem problem = setting.draw(0.05, 2.0, 300, rng.fork("problem"));
        ScoreMatchingProblem fresh = setting.draw(0.05, 2.0, 1000, rng.fork("fresh"));
        double eta = 1.0 / ReluNtk.lambdaMax(problem.z());
        TwoLayerRelu initial = TwoLayerRelu.initialize(width, problem.inputs().width(), 2, true,
                rng.fork("init-" + width));
        CouplingMonitor monitor = new CouplingMonitor(problem.z(), problem.y(), fresh.z(), initial,
                eta, true);
        GradientDescent gd = new GradientDescent(TrainingSettings.of(width, true, STEPS)
                .withEvaluateEvery(STEPS).withEvaluations(monitor.evaluations()),
                ResolvedStep.absolute(eta));
        TrainingResult<TwoLayerRelu> r = gd.train(problem, initial, TrainingListener.NONE);
        TrainingHistory.Entry last = r.history().at(STEPS);
        double[] out = new double[DIAGNOSTICS.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = last.evaluation(DIAGNOSTICS[k]);
        }
        return out;
    }

    private ExperimentResult result(ExperimentOptions options, ResultTable table) {
        double[] widths = TimeTruncation.column(table, 0);
        List<Fit> fits = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int k = 0; k < DIAGNOSTICS.length; k++) {
            LogLogFit fit = LogLogFit.of(widths, TimeTruncation.column(table, k + 1));
            fits.add(new Fit("slope of log " + DIAGNOSTICS[k] + " vs log m", fit.slope(), fit.ciLow(),
                    fit.ciHigh(), "expected about -0.5 (spec §8, §13 C1)"));
            if (k == 0) {
                claims.add(new Claim("the training coupling error shrinks with width (slope < 0)",
                        fit.ciHigh() < 0, String.format("slope %.3f, 95%% CI [%.3f, %.3f]",
                                fit.slope(), fit.ciLow(), fit.ciHigh())));
                claims.add(new Claim("its slope is about -1/2 (within " + SLOPE_TOLERANCE + ")",
                        Math.abs(fit.slope() + 0.5) <= SLOPE_TOLERANCE,
                        String.format("slope %.3f", fit.slope())));
            }
        }
        List<PlotSpec> plots = List.of(new PlotSpec("diagnostics-vs-width",
                "Lazy-training diagnostics against the width m", "by-width", "width",
                List.of(DIAGNOSTICS), "diagnostic", true, true));
        String summary = "corners4, g = 1, T0 = 0.05, T = 2, z = (x_t, t), N = 300, antisymmetric init, "
                + "eta = 1/lambda_max(K), diagnostics after " + STEPS + " GD steps against zero-init kernel GD "
                + "with the same eta; 1000 fresh inputs; mean over " + options.seeds() + " seed(s)"
                + (options.quick() ? ", quick widths" : "") + ".";
        return new ExperimentResult(BuiltinExperiment.NTK_REGIME.label(), "The NTK regime: coupling and lazy-training diagnostics vs width",
                summary, claims, fits, List.of(table), plots);
    }
}
