package org.scorekit.train;

import org.scorekit.checks.Checks;

/**
 * An absolute step η together with the λ_max(K^∞) of the training inputs it was resolved
 * against (spec §5, step-size convention), so that λ_max is computed once per run, by the
 * caller, and reported beside η. λ_max is NaN where no λ_max convention applies (Adam's learning
 * rate, an absolute step given without a kernel).
 *
 * @param eta       η &gt; 0
 * @param lambdaMax λ_max(K^∞) &gt; 0, or NaN
 */
public record ResolvedStep(double eta, double lambdaMax) {
    public ResolvedStep {
        Checks.positive("eta", eta);
        Checks.require(Double.isNaN(lambdaMax) || (lambdaMax > 0 && Double.isFinite(lambdaMax)),
                "lambdaMax must be positive and finite, or NaN: " + lambdaMax);
    }

    /** An absolute step with no λ_max. */
    public static ResolvedStep absolute(double eta) {
        return new ResolvedStep(eta, Double.NaN);
    }

    /** η_rel = η · λ_max (NaN without λ_max). */
    public double relative() {
        return eta * lambdaMax;
    }
}
