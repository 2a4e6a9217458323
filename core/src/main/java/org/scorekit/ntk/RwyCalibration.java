package org.scorekit.ntk;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.InputMap;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;

/**
 * Calibrates the RWY constant σ_eff (spec §9.2 item 6) on a Gaussian-mixture problem: for each
 * of several independent draws of N training triples and a fresh test set of (x_t, t) with the
 * exact denoiser f* as target, τ_oracle minimises the excess risk of zero-initialised kernel GD
 * ({@link KernelGdRiskPath}), and σ_eff is the largest value with τ̂(σ_eff) ≥ τ_oracle (τ̂ is
 * non-increasing in σ_eff), found by bisection on log σ_eff. The calibrated constant is the
 * geometric mean over draws. The implied RKHS scale M = σ̂/σ_eff uses {@link NoiseLevel}.
 *
 * @param mixture      the data law p_0
 * @param process      the forward process
 * @param timeMin      T0
 * @param timeMax      T
 * @param inputs       the input map z = (x, c(t))
 * @param size         N
 * @param testSize     the number of test pairs
 * @param stepSizeRelative η_rel (η = η_rel / λ_max(K^∞))
 * @param maxSteps     the largest τ searched for τ_oracle
 */
public record RwyCalibration(GaussianMixture mixture, ForwardProcess process, double timeMin,
                             double timeMax, InputMap inputs, int size,
                             int testSize, double stepSizeRelative, int maxSteps) {
    private static final double SIGMA_LOW = 1e-6;
    private static final double SIGMA_HIGH = 1e3;
    private static final int BISECTIONS = 60;

    public RwyCalibration {
        ScoreMatchingProblem.checkWindow(process, timeMin, timeMax);
        Checks.positive("size", size);
        Checks.positive("testSize", testSize);
        Checks.positive("stepSizeRelative", stepSizeRelative);
        Checks.positive("maxSteps", maxSteps);
    }

    /**
     * One draw's calibration.
     *
     * @param sigmaEff    the calibrated σ_eff of this draw
     * @param tauOracle   τ_oracle
     * @param oracleRisk  the excess risk at τ_oracle
     * @param tauHat      τ̂ at sigmaEff
     * @param riskAtTauHat the excess risk at τ̂
     * @param noiseLevel  σ̂ on the training draw
     * @param rule        the RWY rule at sigmaEff (ω, B_K, λ_0 for reporting)
     */
    public record Draw(double sigmaEff, int tauOracle, double oracleRisk, int tauHat,
                       double riskAtTauHat, double noiseLevel, RwyRule rule) {
        /** M = σ̂/σ_eff, the label scale that the calibration implies. */
        public double rkhsScale() {
            return noiseLevel / sigmaEff;
        }
    }

    /**
     * The calibration over draws.
     *
     * @param sigmaEff the geometric mean of the per-draw σ_eff
     * @param draws    per-draw results in draw order
     */
    public record Result(double sigmaEff, List<Draw> draws) {
        public Result {
            draws = List.copyOf(draws);
        }
    }

    /** Calibrates on {@code draws} independent draws, draw i from {@code rng.fork("draw-i")}. */
    public Result calibrate(int draws, Rng rng) {
        Checks.positive("draws", draws);
        List<Draw> out = new ArrayList<>();
        double logSum = 0;
        for (int i = 0; i < draws; i++) {
            Draw d = calibrateDraw(rng.fork("draw-" + i));
            out.add(d);
            logSum += Math.log(d.sigmaEff());
        }
        return new Result(Math.exp(logSum / draws), out);
    }

    /** One draw: training triples from stream "train", test pairs from stream "test". */
    public Draw calibrateDraw(Rng rng) {
        ScoreMatchingProblem train = ScoreMatchingProblem.draw(mixture, process, timeMin, timeMax,
                inputs, size, rng.fork("train"));
        ScoreMatchingProblem test = ScoreMatchingProblem.draw(mixture, process, timeMin, timeMax,
                inputs, testSize, rng.fork("test"));
        Matrix exact = mixture.posteriorMean(test.noisy(), test.times(), process);
        double eta = stepSizeRelative / ReluNtk.lambdaMax(train.z());
        KernelSpectrum spectrum = KernelSpectrum.of(train.z());
        KernelGdRiskPath path = new KernelGdRiskPath(spectrum, train.y(), test.z(), exact, eta);
        KernelGdRiskPath.Oracle oracle = path.oracle(maxSteps);
        RwyRule rule = RwyRule.of(spectrum, eta, 1.0);
        double sigma = matchingSigma(rule, oracle.step());
        RwyRule calibrated = rule.withSigmaEff(sigma);
        int tauHat = Math.min(calibrated.tauHat(), maxSteps);
        double noise = NoiseLevel.estimate(spectrum, train.y()).sigma();
        return new Draw(sigma, oracle.step(), oracle.risk(), calibrated.tauHat(),
                path.risk(tauHat), noise, calibrated);
    }

    /** The largest σ_eff in [10⁻⁶, 10³] with τ̂(σ_eff) ≥ target (bisection on log σ_eff). */
    static double matchingSigma(RwyRule rule, int target) {
        double low = SIGMA_LOW;
        double high = SIGMA_HIGH;
        if (rule.withSigmaEff(low).tauHat() < target) {
            return low;
        }
        if (rule.withSigmaEff(high).tauHat() >= target) {
            return high;
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = Math.sqrt(low * high);
            if (rule.withSigmaEff(mid).tauHat() >= target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
