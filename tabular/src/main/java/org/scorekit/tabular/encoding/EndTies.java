package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.scorekit.checks.Checks;

/**
 * Where {@link QuantileNormal} puts the cells tied with the train minimum or maximum
 * (docs/encoding.md, "Ties at the ends").
 */
public enum EndTies {
    /**
     * At the middle of the references the tie covers, as scikit-learn already does for ties
     * inside the range: a minimum holding a share p of the cells encodes to Φ⁻¹(p/2).
     */
    MIDPOINT("midpoint"),
    /** At the clipped bound ±5.1993, scikit-learn's and TabSyn's behaviour. */
    SCIKIT_LEARN("scikit-learn");

    private final String label;

    EndTies(String label) {
        this.label = label;
    }

    /** The name used in specs and encoder files, e.g. {@code "midpoint"}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The choice with the given {@link #label()}. */
    @JsonCreator
    public static EndTies of(String label) {
        return Checks.oneOf("ends", values(), EndTies::label, label);
    }
}
