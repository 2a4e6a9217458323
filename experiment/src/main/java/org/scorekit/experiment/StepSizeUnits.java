package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.scorekit.train.StepSize;

/** How estimator.stepSize is read: in units of 1/λ_max(K^∞), or as the absolute η (spec §5). */
public enum StepSizeUnits {
    /** η = stepSize / λ_max(K^∞). */
    RELATIVE("relative"),
    /** η = stepSize. */
    ABSOLUTE("absolute");

    private final String label;

    StepSizeUnits(String label) {
        this.label = label;
    }

    /** The spec spelling. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The units spelled {@code text}, or a one-line error listing the choices. */
    @JsonCreator
    public static StepSizeUnits of(String text) {
        return SpecLabels.parse("estimator.stepSizeUnits", values(), StepSizeUnits::label, text);
    }

    /** The step size {@code value} in these units. */
    public StepSize stepSize(double value) {
        return this == RELATIVE ? StepSize.relative(value) : StepSize.absolute(value);
    }
}
