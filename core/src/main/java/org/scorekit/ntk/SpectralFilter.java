package org.scorekit.ntk;

import org.scorekit.checks.Checks;

/**
 * The spectral filter of a kernel-regression dynamics (spec/score-estimation.md §7): in the
 * eigenbasis K^∞ = V diag(μ) V^T the predictor is f_0 + κ(·, Z) V diag(φ(μ)) V^T (Y − U(0)) and
 * the training residual is U(τ) − Y = V diag(ρ(μ)) V^T (U(0) − Y), with ρ(μ) = 1 − μ φ(μ).
 * One implementation per dynamics; μ ≥ 0 (eigenvalues are clipped before filtering).
 */
public interface SpectralFilter {
    /** φ(μ) for μ ≥ 0 (finite unless the dynamics needs μ &gt; 0). */
    double coefficient(double mu);

    /** ρ(μ) = 1 − μ φ(μ), the factor by which the training residual shrinks along μ. */
    double residual(double mu);

    /** Whether φ(0) is infinite, so that the kernel must be positive definite. */
    default boolean requiresPositiveDefinite() {
        return false;
    }

    /** τ discrete GD steps with absolute step η: φ = (1 − (1 − ημ)^τ)/μ, φ(0) = ητ. */
    static SpectralFilter steps(double stepSize, int steps) {
        return new DiscreteSteps(stepSize, steps);
    }

    /** Gradient flow to time t_c = ητ: φ = (1 − e^{−t_c μ})/μ, φ(0) = t_c. */
    static SpectralFilter flow(double time) {
        return new GradientFlow(time);
    }

    /** The interpolant τ → ∞: φ = 1/μ (requires μ_min &gt; 0). */
    static SpectralFilter interpolant() {
        return new Interpolant();
    }

    /** Kernel ridge with regulariser λ_r &gt; 0: φ = 1/(μ + λ_r). */
    static SpectralFilter ridge(double regularizer) {
        return new Ridge(regularizer);
    }

    /**
     * Discrete GD. 1 − (1 − ημ)^τ is evaluated as −expm1(τ log1p(−ημ)), accurate for small ημ;
     * for ημ &gt; 1 the factor 1 − ημ is negative and the power is taken directly.
     *
     * @param stepSize η (absolute)
     * @param steps    τ
     */
    record DiscreteSteps(double stepSize, int steps) implements SpectralFilter {
        public DiscreteSteps {
            Checks.positive("step size", stepSize);
            Checks.nonNegative("steps", steps);
        }

        @Override
        public double coefficient(double mu) {
            double x = stepSize * mu;
            if (x == 0) {
                return stepSize * steps;
            }
            double shrunk = x < 1 ? -Math.expm1(steps * Math.log1p(-x)) : 1 - residual(mu);
            return shrunk / mu;
        }

        @Override
        public double residual(double mu) {
            double x = stepSize * mu;
            return x < 1 ? Math.exp(steps * Math.log1p(-x)) : Math.pow(1 - x, steps);
        }
    }

    /** @param time t_c = ητ (absolute) */
    record GradientFlow(double time) implements SpectralFilter {
        public GradientFlow {
            Checks.nonNegative("time", time);
        }

        @Override
        public double coefficient(double mu) {
            return mu == 0 ? time : -Math.expm1(-time * mu) / mu;
        }

        @Override
        public double residual(double mu) {
            return Math.exp(-time * mu);
        }
    }

    /** The minimum-norm interpolant K^{−1}(Y − U(0)). */
    record Interpolant() implements SpectralFilter {
        @Override
        public double coefficient(double mu) {
            return 1 / mu;
        }

        @Override
        public double residual(double mu) {
            return 0.0;
        }

        @Override
        public boolean requiresPositiveDefinite() {
            return true;
        }
    }

    /** @param regularizer λ_r &gt; 0 (absolute, added to every eigenvalue) */
    record Ridge(double regularizer) implements SpectralFilter {
        public Ridge {
            Checks.positive("regularizer", regularizer);
        }

        @Override
        public double coefficient(double mu) {
            return 1 / (mu + regularizer);
        }

        @Override
        public double residual(double mu) {
            return regularizer / (mu + regularizer);
        }
    }
}
