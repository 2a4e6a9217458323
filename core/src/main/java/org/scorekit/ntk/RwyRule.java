package org.scorekit.ntk;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * The adapted Raskutti–Wainwright–Yu early-stopping rule (spec/score-estimation.md §9.2; the
 * classical rule is §9.1, Raskutti, Wainwright, Yu 2014, JMLR 15, eqs. (4)–(6)). From the
 * eigenvalues μ_i of K^∞ on the N training inputs:
 *
 * <pre>
 * B_K = max_j ‖z_j‖²/2,   μ̂_i = max(μ_i, 0)/(N B_K),   R̂(ε) = [(1/N) Σ_i min(μ̂_i, ε²)]^{1/2}
 * ω = η N B_K,   Ω_τ = ω τ
 * τ̂ = min{ τ ≥ 1 : R̂(Ω_τ^{−1/2}) &gt; 1/(2 e σ_eff Ω_τ) } − 1
 * ε_N = min{ ε &gt; 0 : R̂(ε) ≤ ε²/(2 e σ_eff) }
 * </pre>
 *
 * <p>τ̂ depends only on the spectrum, the step and σ_eff, so it is computed once, up front: a
 * geometric scan of τ, then bisection. Both are exact because F(Ω) = Ω R̂(Ω^{−1/2}) =
 * [(1/N) Σ min(μ̂_i Ω², Ω)]^{1/2} is non-decreasing (the crossing is unique). The vector-output
 * case (d outputs) has the same normalised spectrum, so one τ̂ serves all coordinates (§9.2 4).
 *
 * <p>σ_eff is a calibration constant, not the noise level: the literal σ (≤ B_∞) stops far too
 * early because the rule assumes ‖f*‖_H ≤ 1; with ‖f*‖_H = M it is σ_eff = σ/M (§9.2 6).
 */
public final class RwyRule {
    /**
     * Default σ_eff, calibrated with {@code train.RwyCalibration} on the §14 setting (corners4,
     * g ≡ 1, [0.05, 2], z = (x_t, t), N = 300, η_rel = 1, zero-init kernel GD, exact denoiser
     * risk on 2000 fresh test pairs, τ_oracle searched up to 10⁵; 8 draws from
     * {@code Rng.of(20240601)}): the per-draw σ_eff with τ̂ = τ_oracle ranged over 0.021–0.038
     * (τ_oracle 37–87), geometric mean 0.0298, rounded to 0.03, which is also the value of
     * spec §14. Against the noise estimate σ̂ ≈ 0.62–0.68 of {@link NoiseLevel} this is an
     * RKHS scale M = σ̂/σ_eff of 18–31. Valid for that d, N, input scaling, time encoding and
     * schedule only; recalibrate otherwise and report σ_eff with every result (§9.2 item 6).
     */
    public static final double DEFAULT_SIGMA_EFF = 0.03;
    /** τ̂ reported when no crossing occurs for τ &lt; 2^30 (only if every μ̂_i is zero). */
    public static final int NEVER = Integer.MAX_VALUE;

    private static final int SCAN_LIMIT = 1 << 30;
    private static final int RADIUS_BISECTIONS = 200;

    private final double[] normalised;
    private final double tailMass;
    private final int size;
    private final double boundK;
    private final double stepSize;
    private final double sigmaEff;
    private final double lambdaMin;
    private final double lambdaMax;
    private final int tauHat;

    private RwyRule(double[] normalised, double tailMass, int size, double boundK,
                    double stepSize, double sigmaEff, double lambdaMin, double lambdaMax) {
        this.normalised = normalised;
        this.tailMass = tailMass;
        this.size = size;
        this.boundK = boundK;
        this.stepSize = stepSize;
        this.sigmaEff = sigmaEff;
        this.lambdaMin = lambdaMin;
        this.lambdaMax = lambdaMax;
        this.tauHat = search();
    }

    /**
     * The rule on the spectrum of K^∞ of the training inputs (B_K from those inputs).
     * stepSize is the absolute GD step η of the sum loss.
     */
    public static RwyRule of(KernelSpectrum spectrum, double stepSize, double sigmaEff) {
        return fromSpectrum(spectrum.values(), boundK(spectrum.inputs()), stepSize, sigmaEff);
    }

    /**
     * The rule from the eigenvalues μ_i of K^∞ (any order; negative round-off is clipped to 0),
     * B_K, the absolute step η and σ_eff.
     */
    public static RwyRule fromSpectrum(double[] eigenvalues, double boundK, double stepSize,
                                       double sigmaEff) {
        Checks.positive("number of eigenvalues", eigenvalues.length);
        Checks.allFinite("eigenvalues", eigenvalues);
        Checks.positive("boundK", boundK);
        Checks.positive("stepSize", stepSize);
        Checks.positive("sigmaEff", sigmaEff);
        double[] sorted = eigenvalues.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] normalised = new double[n];
        for (int i = 0; i < n; i++) {
            normalised[i] = Math.max(sorted[i], 0.0) / (n * boundK);
        }
        return new RwyRule(normalised, 0.0, n, boundK, stepSize, sigmaEff, sorted[0],
                sorted[n - 1]);
    }

    /**
     * The rule from the k largest eigenvalues μ_1..μ_k of K^∞ (any order), tr K^∞ and N, for
     * N where a dense eigendecomposition is out of reach (see {@link TopSpectrum}). The
     * unresolved eigenvalues enter only through their mass t = tr K^∞ − Σ_{i≤k} μ_i:
     *
     * <pre>
     * N R̂(ε)² = Σ_{i≤k} min(μ̂_i, ε²) + t/(N B_K)
     * </pre>
     *
     * which is the dense R̂ exactly for every ε² ≥ μ̂_{k+1} and an upper bound below it, so
     * τ̂ and ε_N equal the dense ones whenever μ̂_{k+1} ≤ {@link #requiredResolution()}. If the
     * μ_i are Ritz values θ_i ≤ μ_i, N R̂² exceeds the dense value by at most Σ_{i≤k}(μ_i − θ_i)
     * /(N B_K). {@link #lambdaMin()} is then NaN (not computed).
     */
    public static RwyRule fromTopEigenvalues(double[] topEigenvalues, double trace, int size,
                                             double boundK, double stepSize, double sigmaEff) {
        Checks.positive("number of eigenvalues", topEigenvalues.length);
        Checks.allFinite("eigenvalues", topEigenvalues);
        Checks.require(topEigenvalues.length <= size, "number of eigenvalues must be at most N = "
                + size + ": " + topEigenvalues.length);
        Checks.nonNegative("trace", trace);
        Checks.positive("boundK", boundK);
        Checks.positive("stepSize", stepSize);
        Checks.positive("sigmaEff", sigmaEff);
        double[] sorted = topEigenvalues.clone();
        Arrays.sort(sorted);
        double scale = size * boundK;
        double[] normalised = new double[sorted.length];
        double resolved = 0;
        for (int i = 0; i < sorted.length; i++) {
            double mu = Math.max(sorted[i], 0.0);
            normalised[i] = mu / scale;
            resolved += mu;
        }
        double tail = Math.max(trace - resolved, 0.0) / scale;
        return new RwyRule(normalised, tail, size, boundK, stepSize, sigmaEff, Double.NaN,
                sorted[sorted.length - 1]);
    }

    /** B_K = max_j κ(z_j, z_j) = max_j ‖z_j‖²/2 for z: N × D. */
    public static double boundK(Matrix z) {
        double best = 0;
        for (double square : Grams.squaredNorms(z)) {
            best = Math.max(best, 0.5 * square);
        }
        return best;
    }

    /** The same spectrum and step with another σ_eff. */
    public RwyRule withSigmaEff(double value) {
        Checks.positive("sigmaEff", value);
        return new RwyRule(normalised, tailMass, size, boundK, stepSize, value, lambdaMin,
                lambdaMax);
    }

    /** The same spectrum and σ_eff with another absolute step η. */
    public RwyRule withStepSize(double value) {
        Checks.positive("stepSize", value);
        return new RwyRule(normalised, tailMass, size, boundK, value, sigmaEff, lambdaMin,
                lambdaMax);
    }

    /** R̂(ε) = [(1/N) Σ_i min(μ̂_i, ε²)]^{1/2}, the local empirical Rademacher complexity. */
    public double complexity(double radius) {
        Checks.nonNegative("radius", radius);
        double e2 = radius * radius;
        double s = 0;
        for (double m : normalised) {
            s += Math.min(m, e2);
        }
        return Math.sqrt((s + tailMass) / size);
    }

    /** Whether R̂(Ω^{−1/2}) &gt; 1/(2 e σ_eff Ω) at the cumulative RWY step Ω &gt; 0. */
    public boolean crossed(double cumulativeStep) {
        Checks.positive("cumulativeStep", cumulativeStep);
        return scaledComplexity(cumulativeStep) > threshold();
    }

    /** Whether the rule's condition holds after τ ≥ 1 GD steps (Ω_τ = ω τ). */
    public boolean crossedAt(int steps) {
        Checks.positive("steps", steps);
        return crossed(rwyStep() * steps);
    }

    /** τ̂, the selected number of GD steps ({@link #NEVER} if no crossing). */
    public int tauHat() {
        return tauHat;
    }

    /** ε_N, the critical radius: the smallest ε with R̂(ε) ≤ ε²/(2 e σ_eff). */
    public double criticalRadius() {
        double c = threshold();
        double low = 1e-300;
        double high = 1.0;
        while (scaledComplexity(high) <= c) {
            high *= 2;
        }
        // Ω* = sup{Ω : F(Ω) ≤ c} gives ε_N = Ω*^{−1/2}; bisect log Ω.
        for (int i = 0; i < RADIUS_BISECTIONS && high > low * (1 + 1e-15); i++) {
            double mid = Math.sqrt(low * high);
            if (scaledComplexity(mid) <= c) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 1.0 / Math.sqrt(low);
    }

    /** ω = η N B_K, one GD step in RWY units. */
    public double rwyStep() {
        return stepSize * size * boundK;
    }

    /** B_K. */
    public double boundK() {
        return boundK;
    }

    /** λ_0 = μ_min of K^∞ (unclipped); NaN for {@link #fromTopEigenvalues}. */
    public double lambdaMin() {
        return lambdaMin;
    }

    /** λ_max = μ_max of K^∞. */
    public double lambdaMax() {
        return lambdaMax;
    }

    /** σ_eff. */
    public double sigmaEff() {
        return sigmaEff;
    }

    /** The absolute GD step η. */
    public double stepSize() {
        return stepSize;
    }

    /** N. */
    public int size() {
        return size;
    }

    /**
     * The smallest ε² (normalised) at which τ̂ and ε_N evaluate R̂: min(ε_N², 1/Ω_{τ̂+1}); 0 if
     * τ̂ is {@link #NEVER}. Eigenvalues μ̂ below it enter the rule only through their sum, so a
     * rule from the top eigenvalues is exact once μ̂_{k+1} ≤ this value.
     */
    public double requiredResolution() {
        if (tauHat == NEVER) {
            return 0.0;
        }
        double radius = criticalRadius();
        return Math.min(radius * radius, 1.0 / (rwyStep() * (tauHat + 1.0)));
    }

    /**
     * μ̂_i = max(μ_i, 0)/(N B_K), ascending (a copy): all N for a dense spectrum, the k resolved
     * ones for {@link #fromTopEigenvalues}.
     */
    public double[] normalisedEigenvalues() {
        return normalised.clone();
    }

    private double threshold() {
        return 1.0 / (2 * Math.E * sigmaEff);
    }

    /** F(Ω) = Ω R̂(Ω^{−1/2}), written without the product so that it stays exact for huge Ω. */
    private double scaledComplexity(double omega) {
        double s = 0;
        for (double m : normalised) {
            s += Math.min(m * omega * omega, omega);
        }
        return Math.sqrt((s + tailMass * omega * omega) / size);
    }

    private int search() {
        if (crossedAt(1)) {
            return 0;
        }
        int below = 1;
        long above = 2;
        while (above <= SCAN_LIMIT && !crossedAt((int) above)) {
            below = (int) above;
            above *= 2;
        }
        if (above > SCAN_LIMIT) {
            return NEVER;
        }
        int high = (int) above;
        while (high - below > 1) {
            int mid = below + (high - below) / 2;
            if (crossedAt(mid)) {
                high = mid;
            } else {
                below = mid;
            }
        }
        return high - 1;
    }
}
