package org.scorekit.model;

import org.scorekit.checks.Checks;

/**
 * c(t) = scale · t + shift. With scale = 1, shift = 0 this is the default c(t) = t; the
 * variants s_t · t and t − T0 + c0 of decision P1 are other choices of the two constants.
 */
public record LinearTimeEncoding(double scale, double shift) implements TimeEncoding {
    public LinearTimeEncoding {
        Checks.positive("time encoding scale", scale);
        Checks.finite("time encoding shift", shift);
    }

    /** c(t) = t. */
    public static LinearTimeEncoding identity() {
        return new LinearTimeEncoding(1.0, 0.0);
    }

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public double encode(double t) {
        return scale * t + shift;
    }
}
