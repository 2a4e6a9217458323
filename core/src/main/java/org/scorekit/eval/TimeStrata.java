package org.scorekit.eval;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.random.Rng;

/**
 * Stratified draws of t ~ Unif[T0, T]: the window is cut into S equal-width strata, draw j of
 * stratum s is uniform on that stratum, and stratum s holds ⌊M/S⌋ or ⌈M/S⌉ consecutive draws.
 * The stratified mean Σ_s (1/S) ȳ_s is unbiased for E_t[y], with variance Σ_s σ_s²/(S² n_s);
 * stratifying removes the between-strata part of the variance, which dominates for the
 * heavy-tailed (α/h)² weight near T0 (spec/score-estimation.md §11). S is capped at M/2 so that
 * every stratum has the two draws its variance estimate needs.
 */
final class TimeStrata {
    private final double timeMin;
    private final double timeMax;
    private final int[] start;

    private TimeStrata(double timeMin, double timeMax, int[] start) {
        this.timeMin = timeMin;
        this.timeMax = timeMax;
        this.start = start;
    }

    /** M = {@code draws} ≥ 2 draws over min(requestedStrata, ⌊M/2⌋) strata of the window. */
    static TimeStrata of(double timeMin, double timeMax, int requestedStrata, int draws) {
        Checks.require(draws >= 2, "draws must be at least 2: " + draws);
        int strata = Math.min(requestedStrata, draws / 2);
        int[] start = new int[strata + 1];
        for (int s = 0; s < strata; s++) {
            start[s + 1] = start[s] + draws / strata + (s < draws % strata ? 1 : 0);
        }
        return new TimeStrata(timeMin, timeMax, start);
    }

    /** Fails unless 0 &lt; timeMin &lt; timeMax ≤ the horizon of the process. */
    static void requireWindow(ForwardProcess process, double timeMin, double timeMax) {
        Checks.require(process != null, "process must be given");
        Checks.positive("timeMin", timeMin);
        Checks.require(timeMax > timeMin,
                "timeMax must be greater than timeMin = " + timeMin + ": " + timeMax);
        Checks.require(timeMax <= process.horizon(),
                "timeMax must be at most the horizon " + process.horizon() + ": " + timeMax);
    }

    /** The number of strata S actually used. */
    int strata() {
        return start.length - 1;
    }

    /** The number of draws M. */
    int draws() {
        return start[start.length - 1];
    }

    /** The M times, stratum by stratum. */
    double[] drawTimes(Rng rng) {
        int strata = strata();
        double width = (timeMax - timeMin) / strata;
        double[] t = new double[draws()];
        for (int s = 0; s < strata; s++) {
            for (int j = start[s]; j < start[s + 1]; j++) {
                // The clamp guards the last stratum against rounding just past timeMax.
                t[j] = Math.min(timeMax, timeMin + width * (s + rng.nextDouble()));
            }
        }
        return t;
    }

    /** The stratified mean of per-draw values (laid out as by {@link #drawTimes}) and its SE. */
    Estimate mean(double[] values) {
        Checks.sameSize("values length", draws(), values.length);
        int strata = strata();
        double mean = 0;
        double variance = 0;
        for (int s = 0; s < strata; s++) {
            int n = start[s + 1] - start[s];
            double m = 0;
            for (int j = start[s]; j < start[s + 1]; j++) {
                m += values[j];
            }
            m /= n;
            double squares = 0;
            for (int j = start[s]; j < start[s + 1]; j++) {
                squares += (values[j] - m) * (values[j] - m);
            }
            mean += m;
            variance += squares / (n - 1) / n;
        }
        return new Estimate(mean / strata, Math.sqrt(variance) / strata);
    }
}
