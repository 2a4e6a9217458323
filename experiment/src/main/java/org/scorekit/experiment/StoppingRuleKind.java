package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The stopping rules a spec can select (stopping.rule; spec §9). */
public enum StoppingRuleKind {
    /** Train the whole step budget. */
    MAX_STEPS("max-steps"),
    /** Held-out label loss with patience. */
    VALIDATION("validation"),
    /** Exact denoiser risk on a fresh draw with patience. */
    ORACLE("oracle"),
    /** The adapted Raskutti–Wainwright–Yu rule (spec §9.2). */
    RWY("rwy");

    private final String label;

    StoppingRuleKind(String label) {
        this.label = label;
    }

    /** The spec spelling. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The rule spelled {@code text}, or a one-line error listing the choices. */
    @JsonCreator
    public static StoppingRuleKind of(String text) {
        return SpecLabels.parse("stopping.rule", values(), StoppingRuleKind::label, text);
    }
}
