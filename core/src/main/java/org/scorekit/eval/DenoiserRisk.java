package org.scorekit.eval;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.data.Distribution;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.random.Rng;

/**
 * The label risk E_t E‖f(X_t, t) − X_0‖² (spec/score-estimation.md §11, E2), for data without
 * an exact oracle: t ~ Unif[T0, T] stratified (see {@link TimeStrata}), X_t = α X_0 + √h ξ
 * with fresh t and ξ. It equals 𝓔(f) + 𝓑 with the Bayes risk 𝓑 = E‖X_0 − f*(X_t, t)‖², so
 * differences between denoisers estimate differences in excess risk.
 *
 * @param process   the forward process giving α(t) and h(t)
 * @param timeMin   T0 &gt; 0
 * @param timeMax   T, with T0 &lt; T ≤ the horizon of the process
 * @param strata    the requested number of equal-width time strata (at most M/2 are used)
 */
public record DenoiserRisk(ForwardProcess process, double timeMin, double timeMax, int strata) {
    /** The default number of time strata. */
    public static final int DEFAULT_STRATA = 16;
    private static final int BLOCK_ROWS = 1024;

    public DenoiserRisk {
        TimeStrata.requireWindow(process, timeMin, timeMax);
        Checks.positive("strata", strata);
    }

    /** The risk on [timeMin, timeMax] with {@value #DEFAULT_STRATA} time strata. */
    public static DenoiserRisk of(ForwardProcess process, double timeMin, double timeMax) {
        return new DenoiserRisk(process, timeMin, timeMax, DEFAULT_STRATA);
    }

    /**
     * The risk over a held-out set (n × d): every row is paired with {@code repeats} fresh
     * (t, ξ), M = n · repeats draws in all, rows placed on the draws by a random permutation.
     * The estimand is the risk under the empirical law of the held-out rows; the standard error
     * covers the time, noise and row-placement randomness given those rows.
     */
    public Estimate estimate(Denoiser denoiser, Matrix heldOut, int repeats, Rng rng) {
        Checks.require(heldOut != null, "heldOut must be given");
        requireArguments(denoiser, heldOut.cols(), rng);
        Checks.positive("rows of heldOut", heldOut.rows());
        Checks.positive("repeats", repeats);
        int draws = Math.multiplyExact(heldOut.rows(), repeats);
        int[] placement = rng.fork("rows").permutation(draws);
        return estimate(heldOut.cols(), draws, rng, denoiser, (from, count) -> {
            int d = heldOut.cols();
            Matrix x0 = Matrix.zeros(count, d);
            for (int i = 0; i < count; i++) {
                int row = placement[from + i] % heldOut.rows();
                System.arraycopy(heldOut.data(), row * d, x0.data(), i * d, d);
            }
            return x0;
        });
    }

    /** The risk over M = {@code draws} ≥ 2 fresh X_0 ~ {@code data}, forked as {@code data}. */
    public Estimate estimate(Denoiser denoiser, Distribution data, int draws, Rng rng) {
        Checks.require(data != null, "data must be given");
        int d = data.dimension();
        requireArguments(denoiser, d, rng);
        Rng dataRng = rng.fork("data");
        return estimate(d, draws, rng, denoiser,
                (from, count) -> data.sample(count, dataRng).requireShape("data sample", count, d));
    }

    /** Supplies the clean rows of draws [from, from + count). */
    private interface CleanRows {
        Matrix get(int from, int count);
    }

    private static void requireArguments(Denoiser denoiser, int d, Rng rng) {
        Checks.require(denoiser != null, "denoiser must be given");
        Checks.require(rng != null, "rng must be given");
        Checks.sameSize("denoiser dimension vs data dimension", d, denoiser.dimension());
    }

    private Estimate estimate(int d, int draws, Rng rng, Denoiser denoiser, CleanRows cleanRows) {
        TimeStrata design = TimeStrata.of(timeMin, timeMax, strata, draws);
        double[] times = design.drawTimes(rng.fork("times"));
        Rng noiseRng = rng.fork("noise");
        double[] losses = new double[draws];
        for (int from = 0; from < draws; from += BLOCK_ROWS) {
            int count = Math.min(BLOCK_ROWS, draws - from);
            double[] t = Arrays.copyOfRange(times, from, from + count);
            Matrix clean = cleanRows.get(from, count);
            double[] x0 = clean.data();
            Matrix xt = process.marginal(clean, t, noiseRng.gaussian(count, d));
            double[] f = denoiser.denoise(xt, t).requireShape("denoiser output", count, d).data();
            for (int i = 0; i < count; i++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double diff = f[i * d + k] - x0[i * d + k];
                    s += diff * diff;
                }
                losses[from + i] = s;
            }
        }
        return design.mean(losses);
    }
}
