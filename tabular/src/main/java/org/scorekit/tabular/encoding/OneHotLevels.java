package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.scorekit.checks.Checks;

/**
 * The two values of an indicator coordinate (a one-hot category or a missing-value flag): off
 * and on. Decoding reads an indicator as on above the midpoint of the two.
 */
public enum OneHotLevels {
    /** −1 / +1: centred like the quantile-normal numericals (the calibration DDPM of issue 16). */
    SIGNED("signed", -1.0, 1.0),
    /** 0 / 1: scikit-learn's OneHotEncoder. */
    BINARY("binary", 0.0, 1.0);

    private final String label;
    private final double off;
    private final double on;

    OneHotLevels(String label, double off, double on) {
        this.label = label;
        this.off = off;
        this.on = on;
    }

    /** The name used in specs and encoder files, e.g. {@code "signed"}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The levels with the given {@link #label()}. */
    @JsonCreator
    public static OneHotLevels of(String label) {
        return Checks.oneOf("oneHot", values(), OneHotLevels::label, label);
    }

    /** The value of an indicator that is off. */
    public double off() {
        return off;
    }

    /** The value of an indicator that is on. */
    public double on() {
        return on;
    }

    /** Whether an encoded indicator value reads as on: above the midpoint of off and on. */
    public boolean isOn(double value) {
        return value > 0.5 * (off + on);
    }
}
