package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.eval.LogLogFit;
import org.scorekit.eval.ScoreError;
import org.scorekit.eval.ScoreErrorReport;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.Claim;
import org.scorekit.experiment.theory.ExperimentResult.Fit;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.TrainingResult;

/**
 * Checks C5 and C6 of spec §13: the effect of the time truncation T0 on the weighted and
 * unweighted score errors (S_w roughly stable; S_u grows as T0 shrinks, bounded by the factor
 * (α(T0)/h(T0))² ≈ 1/T0²), and of the truncation radius R on where the errors sit (larger
 * outside the ball ‖x‖ ≤ R).
 */
public final class TimeTruncation implements TheoryExperiment {
    /** Largest ratio max S_w / min S_w over the T0 grid that still counts as "roughly stable". */
    static final double STABLE_RATIO = 2.0;
    private static final double TIME_MAX = 5.0;

    @Override
    public ExperimentResult run(ExperimentOptions options, RunListener listener) {
        boolean quick = options.quick();
        double[] timeMins = quick ? new double[] {0.02, 0.05, 0.1} : new double[] {0.01, 0.02, 0.05, 0.1};
        int size = quick ? 800 : 4000;
        int width = quick ? 256 : 1024;
        int draws = quick ? 4000 : 20000;
        TheorySetting setting = TheorySetting.of("ring8");
        Rng root = Rng.of(options.seed());
        List<double[]> rows = new ArrayList<>();
        TrainingResult<TwoLayerRelu> reference = null;
        ScoreMatchingProblem referenceProblem = null;
        for (double timeMin : timeMins) {
            double[] sw = new double[options.seeds()];
            double[] su = new double[options.seeds()];
            for (int s = 0; s < options.seeds(); s++) {
                listener.stage("T0 = " + timeMin + ", seed " + (s + 1) + "/" + options.seeds());
                Rng rng = root.fork("seed-" + s).fork("t0-" + timeMin);
                ScoreMatchingProblem problem = setting.draw(timeMin, TIME_MAX, size, rng.fork("problem"));
                TrainingResult<TwoLayerRelu> trained = setting.trainToOracle(problem, width,
                        quick ? 300 : 1000, 10, rng.fork("train"));
                ScoreErrorReport r = ScoreError.of(setting.exact(), setting.data(), setting.process(),
                        timeMin, TIME_MAX).estimate(new NetworkDenoiser(trained.model(),
                        setting.inputs()), draws, rng.fork("score-error"));
                sw[s] = r.weightedScoreError().value();
                su[s] = r.unweightedScoreError().value();
                if (s == 0 && timeMin == 0.05) {
                    reference = trained;
                    referenceProblem = problem;
                }
            }
            double ratio = setting.process().alpha(timeMin) / setting.process().h(timeMin);
            rows.add(new double[] {timeMin, mean(sw), stdErr(sw), mean(su), stdErr(su), ratio * ratio});
        }
        ResultTable byTimeMin = new ResultTable("by-time-min", List.of("T0", "S_w", "S_w_stderr",
                "S_u", "S_u_stderr", "alpha_over_h_squared_at_T0"), rows);
        ResultTable byRadius = RadiusSplit.table(setting, reference, referenceProblem, draws,
                root.fork("radius"));
        return result(options, byTimeMin, byRadius);
    }

    private ExperimentResult result(ExperimentOptions options, ResultTable byTimeMin,
                                    ResultTable byRadius) {
        double[] t0 = column(byTimeMin, 0);
        double[] sw = column(byTimeMin, 1);
        double[] su = column(byTimeMin, 3);
        LogLogFit fit = LogLogFit.of(t0, su);
        double swRatio = max(sw) / min(sw);
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("S_u grows as T0 shrinks (log-log slope < 0)", fit.ciHigh() < 0,
                String.format("slope %.3f, 95%% CI [%.3f, %.3f]", fit.slope(), fit.ciLow(), fit.ciHigh())));
        claims.add(new Claim("S_w is roughly stable in T0 (max/min <= " + STABLE_RATIO + ")",
                swRatio <= STABLE_RATIO, String.format("max/min S_w = %.3f", swRatio)));
        claims.add(RadiusSplit.claim(byRadius));
        List<Fit> fits = List.of(new Fit("slope of log S_u vs log T0", fit.slope(), fit.ciLow(),
                fit.ciHigh(), "bound (alpha/h)^2 ~ T0^-2 gives at most -2; a flat e(t) near T0 gives -1"));
        List<PlotSpec> plots = List.of(
                new PlotSpec("score-error-vs-t0", "Score errors against the time truncation T0",
                        "by-time-min", "T0", List.of("S_w", "S_u"), "score error", true, true),
                new PlotSpec("risk-vs-radius", "Excess risk inside and outside the ball ||x|| <= R",
                        "by-radius", "R", List.of("risk_inside", "risk_outside"), "excess risk", false, true));
        String summary = "ring8, OU process, T = " + TIME_MAX + ", inputs (x, 0.25 t, 1); GD with "
                + "eta_rel = 1.5 stopped at the oracle step; " + options.seeds() + " seed(s)"
                + (options.quick() ? ", quick sizes" : "") + ".";
        return new ExperimentResult(BuiltinExperiment.TIME_TRUNCATION.label(), "Effect of the time truncation T0 and the radius R",
                summary, claims, fits, List.of(byTimeMin, byRadius), plots);
    }

    static double[] column(ResultTable table, int index) {
        return table.rows().stream().mapToDouble(r -> r[index]).toArray();
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double stdErr(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1) / v.length);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }
}
