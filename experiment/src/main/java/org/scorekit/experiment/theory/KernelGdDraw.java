package org.scorekit.experiment.theory;

import org.scorekit.linalg.Matrix;
import org.scorekit.ntk.KernelGdRiskPath;
import org.scorekit.ntk.KernelSpectrum;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.ntk.RwyRule;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;

/**
 * One draw for the kernel-side checks C2 and C7 of spec §13: N training triples of Algorithm 1,
 * zero-initialised kernel GD with K^∞ at the absolute step η = η_rel/λ_max(K^∞) (λ_max by
 * power iteration), and its closed-form excess-risk path 𝓔(τ) (spec E1) on fresh test pairs
 * against the exact denoiser f* ({@link KernelGdRiskPath}). The same training draw gives the
 * RWY rule of §9.2 without a second eigendecomposition and, on a held-out draw of triples,
 * the validation path (the held-out label loss, spec E2, whose minimiser is validation stopping).
 *
 * @param train    the training draw
 * @param test     the test draw (only its inputs and times are used)
 * @param target   f* at the test pairs (n × d)
 * @param spectrum the spectrum of K^∞ on the training inputs (the one eigendecomposition)
 * @param risk     τ ↦ 𝓔(f_K^τ) on the test pairs
 * @param stepSize the absolute step η
 */
record KernelGdDraw(ScoreMatchingProblem train, ScoreMatchingProblem test, Matrix target,
                    KernelSpectrum spectrum, KernelGdRiskPath risk, double stepSize) {
    /**
     * A draw of {@code size} training triples and {@code testSize} test pairs on [timeMin,
     * timeMax] from the streams "train" and "test" of rng.
     */
    static KernelGdDraw of(TheorySetting setting, double timeMin, double timeMax, int size,
                           int testSize, double stepSizeRelative, Rng rng) {
        ScoreMatchingProblem train = setting.draw(timeMin, timeMax, size, rng.fork("train"));
        ScoreMatchingProblem test = setting.draw(timeMin, timeMax, testSize, rng.fork("test"));
        Matrix target = setting.exact().denoise(test.noisy(), test.times());
        double eta = stepSizeRelative / ReluNtk.lambdaMax(train.z());
        KernelSpectrum spectrum = KernelSpectrum.of(train.z());
        return new KernelGdDraw(train, test, target, spectrum, new KernelGdRiskPath(spectrum,
                train.y(), test.z(), target, eta), eta);
    }

    /** The adapted RWY rule for this draw and step with the given σ_eff. */
    RwyRule rule(double sigmaEff) {
        return RwyRule.of(spectrum, stepSize, sigmaEff);
    }

    /**
     * τ ↦ (1/n) Σ ‖f_K^τ(z_i) − y_i‖² on held-out triples (z_i, y_i): the validation loss of the
     * same GD path (on the same spectrum).
     */
    KernelGdRiskPath validation(ScoreMatchingProblem heldOut) {
        return new KernelGdRiskPath(spectrum, train.y(), heldOut.z(), heldOut.y(), stepSize);
    }
}
