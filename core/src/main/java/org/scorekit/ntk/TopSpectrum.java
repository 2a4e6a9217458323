package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.BlockLanczos;
import org.scorekit.linalg.BlockLanczos.RitzValues;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.train.StepSize;

/**
 * The top of the spectrum of K^∞ and its trace, enough for the RWY rule without a dense
 * eigendecomposition (issue #16; spec/score-estimation.md §9.2): N R̂(ε)² = Σ_i min(μ̂_i, ε²)
 * = k ε² + (tr K^∞ − Σ_{i≤k} μ_i)/(N B_K) with k the number of μ̂_i above ε². {@link #forRule} runs {@link BlockLanczos} on the matrix-free
 * {@link ReluNtk#multiply(Matrix, Matrix)} and stops as soon as the resolved values reach below
 * the ε² the rule needs:
 *
 * <pre>
 * θ_k + r_k ≤ N B_K · rule(θ_1..θ_k, tr K^∞).requiredResolution()
 * </pre>
 *
 * with θ_1 ≥ … ≥ θ_k the leading Ritz values whose residuals r_i pass the Lanczos tolerance.
 * Then μ_{k+1} ≤ μ_k ≤ θ_k + r_k (each θ_i lies within r_i of an eigenvalue, and with a random
 * start block no eigenvalue of multiplicity ≤ b is missed), so every unresolved eigenvalue is
 * below the smallest ε² at which τ̂ and ε_N evaluate R̂, and both equal the dense ones up to
 * the Ritz error: N R̂² is overestimated by at most {@link #errorBound()}/(N B_K).
 *
 * @param values    θ_1 ≥ … ≥ θ_k, the resolved leading eigenvalues of K^∞ (Ritz values, θ_i ≤ μ_i)
 * @param residuals r_i = ‖K^∞ x_i − θ_i x_i‖ of their Ritz vectors
 * @param trace     tr K^∞ = Σ_j ‖z_j‖²/2
 * @param size      N
 * @param boundK    B_K = max_j ‖z_j‖²/2
 * @param products  K^∞ matrix–vector products spent (columns of the block products)
 */
public record TopSpectrum(double[] values, double[] residuals, double trace, int size,
                          double boundK, int products) {
    public TopSpectrum {
        Checks.sameSize("number of residuals", values.length, residuals.length);
        Checks.positive("size", size);
    }

    /**
     * The top spectrum of K^∞ on z (N × D) that resolves the RWY rule with step η (absolute, or
     * relative to λ_max, for which θ_1 of the current run is used) and σ_eff; if the Lanczos run
     * ends first (maxDimension or N reached), the spectrum so far, for which {@link #resolves}
     * is false. The start block is Gaussian from {@code rng}.
     */
    public static TopSpectrum forRule(Matrix z, StepSize step, double sigmaEff,
                                      BlockLanczos.Options options, Rng rng) {
        Checks.positive("number of inputs", z.rows());
        double trace = ReluNtk.trace(z);
        double boundK = RwyRule.boundK(z);
        Matrix start = rng.gaussian(z.rows(), options.blockWidth());
        RitzValues ritz = new BlockLanczos(options).leading(v -> ReluNtk.multiply(z, v), start,
                r -> r.count() > 0 && of(r, trace, z.rows(), boundK)
                        .resolves(step.resolve(r.values()[0]), sigmaEff));
        return of(ritz, trace, z.rows(), boundK);
    }

    /** The RWY rule from these values and the trace ({@link RwyRule#fromTopEigenvalues}). */
    public RwyRule rule(double stepSize, double sigmaEff) {
        return RwyRule.fromTopEigenvalues(values, trace, size, boundK, stepSize, sigmaEff);
    }

    /** Whether every unresolved eigenvalue is below the ε² that rule's τ̂ and ε_N need. */
    public boolean resolves(double stepSize, double sigmaEff) {
        return unresolvedBound() <= size * boundK * rule(stepSize, sigmaEff).requiredResolution();
    }

    /** θ_k + r_k, an upper bound on every unresolved eigenvalue μ_{k+1}, …, μ_N (∞ if k = 0). */
    public double unresolvedBound() {
        int k = values.length;
        return k == 0 ? Double.POSITIVE_INFINITY : values[k - 1] + residuals[k - 1];
    }

    /** Σ_i r_i, a bound on Σ_{i≤k}(μ_i − θ_i), the overestimate of N² B_K R̂². */
    public double errorBound() {
        double s = 0;
        for (double r : residuals) {
            s += r;
        }
        return s;
    }

    /** θ_1, the largest eigenvalue λ_max(K^∞) (to the Ritz residual r_1). */
    public double lambdaMax() {
        return values[0];
    }

    /** k. */
    public int count() {
        return values.length;
    }

    private static TopSpectrum of(RitzValues ritz, double trace, int size, double boundK) {
        return new TopSpectrum(ritz.values(), ritz.residuals(), trace, size, boundK,
                ritz.products());
    }
}
