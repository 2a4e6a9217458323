package org.scorekit.experiment;

import org.scorekit.train.StepSize;

/** How estimator.stepSize is read: in units of 1/λ_max(K^∞), or as the absolute η (spec §5). */
public enum StepSizeUnits {
    /** η = stepSize / λ_max(K^∞). */
    RELATIVE,
    /** η = stepSize. */
    ABSOLUTE;

    /** The step size {@code value} in these units. */
    public StepSize stepSize(double value) {
        return this == RELATIVE ? StepSize.relative(value) : StepSize.absolute(value);
    }
}
