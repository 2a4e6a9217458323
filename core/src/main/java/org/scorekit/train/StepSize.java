package org.scorekit.train;

import org.scorekit.checks.Checks;

/**
 * The GD step η, either absolute or relative: η = η_rel / λ_max(K^∞) (spec §5, step-size
 * convention; kernel GD contracts iff η_rel &lt; 2).
 *
 * @param value    η or η_rel
 * @param relative whether value is in units of 1/λ_max(K^∞)
 */
public record StepSize(double value, boolean relative) {
    public StepSize {
        Checks.positive("step size", value);
    }

    /** η = value / λ_max. */
    public static StepSize relative(double value) {
        return new StepSize(value, true);
    }

    /** η = value. */
    public static StepSize absolute(double value) {
        return new StepSize(value, false);
    }

    /** The absolute η given λ_max(K^∞). */
    public double resolve(double lambdaMax) {
        return relative ? value / lambdaMax : value;
    }

    /** η given λ_max(K^∞), with λ_max kept for reporting. */
    public ResolvedStep at(double lambdaMax) {
        return new ResolvedStep(resolve(lambdaMax), lambdaMax);
    }
}
