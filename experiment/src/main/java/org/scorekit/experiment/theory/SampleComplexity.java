package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.eval.LogLogFit;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.Claim;
import org.scorekit.experiment.theory.ExperimentResult.Fit;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.ntk.KernelGdRiskPath;
import org.scorekit.ntk.RwyRule;
import org.scorekit.random.Rng;

/**
 * Check C2 of spec §13 in the reference setting of spec §14 (corners4, g ≡ 1, [0.05, 2],
 * z = (x_t, t)): the excess risk 𝓔 (spec E1) of zero-initialised kernel GD with K^∞ at
 * η_rel = 1, stopped at the RWY step τ̂ (σ_eff = RwyRule.DEFAULT_SIGMA_EFF) and at τ_oracle,
 * against N on the geometric grid 2^7 … 2^12 (quick: 2^7 … 2^10), with the OLS fit
 * log 𝓔 = c + slope · log N over all draws ({@link LogLogFit}). The claim is only that the
 * slope is negative; the rate hypothesis of §13, slope −2/(d+3) = −0.4 for d = 2 (variant
 * −2/(d+2)), is reported as a reference, not claimed.
 */
public final class SampleComplexity implements TheoryExperiment {
    private static final double TIME_MIN = 0.05;
    private static final double TIME_MAX = 2.0;

    @Override
    public ExperimentResult run(ExperimentOptions options, RunListener listener) {
        boolean quick = options.quick();
        // 2^13 would cost about ten minutes of dense eigendecomposition per draw on 2 cores.
        int maxExponent = quick ? 10 : 12;
        int draws = Math.max(options.seeds(), quick ? 3 : 5);
        int testSize = quick ? 1000 : 2000;
        int maxSteps = quick ? 30_000 : 200_000;
        TheorySetting setting = TheorySetting.reference();
        Rng root = Rng.of(options.seed());
        List<double[]> rows = new ArrayList<>();
        for (int e = 7; e <= maxExponent; e++) {
            int size = 1 << e;
            for (int s = 0; s < draws; s++) {
                listener.stage("N = " + size + ", draw " + (s + 1) + "/" + draws);
                KernelGdDraw draw = KernelGdDraw.of(setting, TIME_MIN, TIME_MAX, size, testSize, 1.0,
                        root.fork("n-" + size).fork("draw-" + s));
                RwyRule rule = draw.rule(RwyRule.DEFAULT_SIGMA_EFF);
                KernelGdRiskPath.Oracle oracle = draw.risk().oracle(maxSteps);
                int tauHat = Math.min(rule.tauHat(), maxSteps);
                rows.add(new double[] {size, s, tauHat, oracle.step(), draw.risk().risk(tauHat),
                        oracle.risk(), rule.lambdaMin(), rule.rwyStep()});
            }
        }
        ResultTable byDraw = new ResultTable("by-draw", List.of("N", "draw", "tau_hat", "tau_oracle",
                "risk_tau_hat", "risk_oracle", "lambda_min", "omega"), rows);
        return result(options, setting.data().dimension(), testSize, draws, byDraw);
    }

    private ExperimentResult result(ExperimentOptions options, int dimension, int testSize,
                                    int draws, ResultTable byDraw) {
        double[] n = TimeTruncation.column(byDraw, 0);
        LogLogFit atTauHat = LogLogFit.of(n, TimeTruncation.column(byDraw, 4));
        LogLogFit atOracle = LogLogFit.of(n, TimeTruncation.column(byDraw, 5));
        double hypothesis = -2.0 / (dimension + 3);
        List<Claim> claims = List.of(claim("tau_hat", atTauHat, hypothesis),
                claim("tau_oracle", atOracle, hypothesis));
        String reference = String.format("hypothesis (spec §13 C2, reconstructed, not claimed): "
                + "-2/(d+3) = %.3f; variant -2/(d+2) = %.3f", hypothesis, -2.0 / (dimension + 2));
        List<Fit> fits = List.of(
                new Fit("slope of log risk(tau_hat) vs log N", atTauHat.slope(), atTauHat.ciLow(),
                        atTauHat.ciHigh(), reference),
                new Fit("slope of log risk(tau_oracle) vs log N", atOracle.slope(), atOracle.ciLow(),
                        atOracle.ciHigh(), reference),
                new Fit("hypothesised rate -2/(d+3)", hypothesis, Double.NaN, Double.NaN,
                        "hypothesis of spec §13 C2 [reconstructed], a reference line only"));
        List<PlotSpec> plots = List.of(new PlotSpec("risk-vs-n", "Excess risk against the sample size N",
                "by-n", "N", List.of("risk_tau_hat", "risk_oracle"), "excess risk", true, true));
        String summary = "corners4, g = 1, [" + TIME_MIN + ", " + TIME_MAX + "], z = (x_t, t); "
                + "zero-init kernel GD, eta = 1/lambda_max, closed-form risk on " + testSize
                + " test pairs; sigma_eff = " + RwyRule.DEFAULT_SIGMA_EFF + " (calibrated at N = 300 only); "
                + draws + " draws per N" + (options.quick() ? ", quick sizes" : "") + ".";
        return new ExperimentResult(BuiltinExperiment.SAMPLE_COMPLEXITY.label(), "Excess risk against the sample size", summary, claims,
                fits, List.of(byDraw, byN(byDraw)), plots);
    }

    private static Claim claim(String step, LogLogFit fit, double hypothesis) {
        return new Claim("the excess risk at " + step + " falls with N (log-log slope CI below 0)",
                fit.ciHigh() < 0, String.format("slope %.3f, 95%% CI [%.3f, %.3f]; hypothesis %.3f %s the CI",
                        fit.slope(), fit.ciLow(), fit.ciHigh(), hypothesis,
                        fit.intervalContains(hypothesis) ? "inside" : "outside"));
    }

    private static ResultTable byN(ResultTable byDraw) {
        List<double[]> rows = new ArrayList<>();
        double[] n = TimeTruncation.column(byDraw, 0);
        for (double size : java.util.Arrays.stream(n).distinct().toArray()) {
            List<double[]> mine = byDraw.rows().stream().filter(r -> r[0] == size).toList();
            ResultTable part = new ResultTable("part", byDraw.columns(), mine);
            double[] hat = TimeTruncation.column(part, 4);
            double[] oracle = TimeTruncation.column(part, 5);
            rows.add(new double[] {size, TimeTruncation.mean(hat), TimeTruncation.stdErr(hat),
                    TimeTruncation.mean(oracle), TimeTruncation.stdErr(oracle),
                    TimeTruncation.mean(TimeTruncation.column(part, 2)),
                    TimeTruncation.mean(TimeTruncation.column(part, 3))});
        }
        return new ResultTable("by-n", List.of("N", "risk_tau_hat", "risk_tau_hat_stderr", "risk_oracle",
                "risk_oracle_stderr", "mean_tau_hat", "mean_tau_oracle"), rows);
    }
}
