package org.scorekit.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.data.Distribution;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.random.Rng;

/**
 * Score quality against an exact oracle f* = E[X_0 | X_t] (spec/score-estimation.md §11,
 * E1, E3, E4, E5), by Monte Carlo over fresh, independent (t, X_0, X_t):
 * t ~ Unif[T0, T] stratified (see {@link TimeStrata}), X_0 ~ p_0, X_t = α(t) X_0 + √h(t) ξ.
 * Since s_f − ∇log p_t = (α/h)(f − f*) (spec §3), the score errors follow from ‖f − f*‖²:
 * <pre>
 *   𝓔(f) = E_t E‖f − f*‖²,   S_w = (T − T0) 𝓔(f),   S_u = (T − T0) E_t[(α/h)² E‖f − f*‖²]
 * </pre>
 * The draws depend only on {@code rng} (forked as {@code times}, {@code data}, {@code noise}),
 * not on the estimate, so two estimates evaluated with the same rng see the same draws.
 *
 * @param exact     the oracle f*, of dimension d
 * @param data      p_0 on R^d
 * @param process   the forward process giving α(t) and h(t)
 * @param timeMin   T0 &gt; 0
 * @param timeMax   T, with T0 &lt; T ≤ the horizon of the process
 * @param strata    the requested number of equal-width time strata (at most M/2 are used)
 */
public record ScoreError(Denoiser exact, Distribution data, ForwardProcess process,
                         double timeMin, double timeMax, int strata) {
    /** The default number of time strata. */
    public static final int DEFAULT_STRATA = 16;
    private static final int BLOCK_ROWS = 1024;

    public ScoreError {
        Checks.require(exact != null, "exact must be given");
        Checks.require(data != null, "data must be given");
        Checks.sameSize("exact denoiser dimension vs data dimension", data.dimension(),
                exact.dimension());
        TimeStrata.requireWindow(process, timeMin, timeMax);
        Checks.positive("strata", strata);
    }

    /** The oracle with {@value #DEFAULT_STRATA} time strata. */
    public static ScoreError of(Denoiser exact, Distribution data, ForwardProcess process,
                                double timeMin, double timeMax) {
        return new ScoreError(exact, data, process, timeMin, timeMax, DEFAULT_STRATA);
    }

    /** E1, E3 and E4 of {@code estimate} from M = {@code draws} ≥ 2 fresh draws, in one pass. */
    public ScoreErrorReport estimate(Denoiser estimate, int draws, Rng rng) {
        requireEstimate(estimate, rng);
        TimeStrata design = TimeStrata.of(timeMin, timeMax, strata, draws);
        double[] times = design.drawTimes(rng.fork("times"));
        Rng dataRng = rng.fork("data");
        Rng noiseRng = rng.fork("noise");
        double[] excess = new double[draws];
        for (int from = 0; from < draws; from += BLOCK_ROWS) {
            double[] t = Arrays.copyOfRange(times, from, Math.min(draws, from + BLOCK_ROWS));
            double[] e = squaredErrors(estimate, t, dataRng, noiseRng);
            System.arraycopy(e, 0, excess, from, e.length);
        }
        double[] weighted = new double[draws];
        for (int j = 0; j < draws; j++) {
            double ratio = process.alpha(times[j]) / process.h(times[j]);
            weighted[j] = ratio * ratio * excess[j];
        }
        double width = timeMax - timeMin;
        Estimate risk = design.mean(excess);
        return new ScoreErrorReport(risk, risk.scaled(width), design.mean(weighted).scaled(width),
                draws, design.strata(), timeMin, timeMax);
    }

    /**
     * E5: e(t) = E‖f(X_t, t) − f*(X_t, t)‖² at each given time (0 &lt; t ≤ horizon), from
     * {@code drawsPerTime} ≥ 2 fresh draws each. The draws at time t come from
     * {@code rng.fork("t=" + t)}, so adding grid points leaves the others unchanged.
     */
    public List<TimeResolvedError> timeResolved(Denoiser estimate, double[] times,
                                                int drawsPerTime, Rng rng) {
        requireEstimate(estimate, rng);
        Checks.require(times != null, "times must be given");
        Checks.require(drawsPerTime >= 2, "drawsPerTime must be at least 2: " + drawsPerTime);
        for (double t : times) {
            Checks.require(t > 0 && t <= process.horizon(),
                    "times must lie in (0, " + process.horizon() + "]: " + t);
        }
        List<TimeResolvedError> out = new ArrayList<>(times.length);
        for (double time : times) {
            Rng at = rng.fork("t=" + time);
            Rng dataRng = at.fork("data");
            Rng noiseRng = at.fork("noise");
            double[] errors = new double[drawsPerTime];
            for (int from = 0; from < drawsPerTime; from += BLOCK_ROWS) {
                double[] t = new double[Math.min(BLOCK_ROWS, drawsPerTime - from)];
                Arrays.fill(t, time);
                double[] e = squaredErrors(estimate, t, dataRng, noiseRng);
                System.arraycopy(e, 0, errors, from, e.length);
            }
            out.add(new TimeResolvedError(time, Estimate.fromSample(errors)));
        }
        return List.copyOf(out);
    }

    /** ‖f(X_t, t) − f*(X_t, t)‖² for one block of fresh (X_0, ξ) at the given times. */
    private double[] squaredErrors(Denoiser estimate, double[] t, Rng dataRng, Rng noiseRng) {
        int n = t.length;
        int d = data.dimension();
        Matrix x0 = data.sample(n, dataRng).requireShape("data sample", n, d);
        Matrix xt = process.marginal(x0, t, noiseRng.gaussian(n, d));
        double[] f = estimate.denoise(xt, t).requireShape("estimate output", n, d).data();
        double[] g = exact.denoise(xt, t).requireShape("exact output", n, d).data();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                double diff = f[i * d + k] - g[i * d + k];
                s += diff * diff;
            }
            out[i] = s;
        }
        return out;
    }

    private void requireEstimate(Denoiser estimate, Rng rng) {
        Checks.require(estimate != null, "estimate must be given");
        Checks.require(rng != null, "rng must be given");
        Checks.sameSize("estimate dimension vs data dimension", data.dimension(),
                estimate.dimension());
    }
}
