package org.scorekit.train;

import org.scorekit.checks.Checks;

/**
 * Arithmetic of the fused GD kernel's products ({@link FusedGradient}). {@code float32} runs
 * the four GEMMs and the elementwise passes in single precision (about twice the flop rate);
 * the weights, the update, the loss and the reduction over chunks stay in double.
 */
public enum Precision {
    FLOAT64("float64"),
    FLOAT32("float32");

    private final String label;

    Precision(String label) {
        this.label = label;
    }

    /** The spec and run-record spelling. */
    public String label() {
        return label;
    }

    /** The precision spelled {@code label}, or a one-line error listing the choices. */
    public static Precision of(String label) {
        return Checks.oneOf("precision", values(), Precision::label, label);
    }
}
