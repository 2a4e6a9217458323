package org.scorekit.eval;

import org.scorekit.checks.Checks;

/**
 * The score-quality estimates of one Monte Carlo pass (spec/score-estimation.md §11):
 * {@code excessRisk} 𝓔(f) = E_t E‖f − f*‖² (E1), {@code weightedScoreError}
 * S_w = (T − T0)·𝓔 (E3) and {@code unweightedScoreError} S_u = (T − T0)·E_t[(α/h)² ‖f − f*‖²]
 * (E4), each with its standard error, from {@code draws} fresh draws over {@code strata}
 * equal-width time strata of [timeMin, timeMax].
 */
public record ScoreErrorReport(Estimate excessRisk, Estimate weightedScoreError,
                               Estimate unweightedScoreError, int draws, int strata,
                               double timeMin, double timeMax) {
    public ScoreErrorReport {
        Checks.require(excessRisk != null, "excessRisk must be given");
        Checks.require(weightedScoreError != null, "weightedScoreError must be given");
        Checks.require(unweightedScoreError != null, "unweightedScoreError must be given");
        Checks.positive("draws", draws);
        Checks.positive("strata", strata);
    }
}
