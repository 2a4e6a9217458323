package org.scorekit.model;

import org.scorekit.checks.Checks;

/**
 * c(t) = scale · log t + shift (decision P1). With scale = 1, shift = 0 this is log t, negative
 * for t &lt; 1, so inputs may become antiparallel unless a constant coordinate is on. The data-aware
 * default maps [T0, T] onto [−1, 1] (see {@link #spanning}).
 */
public record LogTimeEncoding(double scale, double shift) implements TimeEncoding {
    public LogTimeEncoding {
        Checks.positive("time encoding scale", scale);
        Checks.finite("time encoding shift", shift);
    }

    /** c(t) = log t. */
    public static LogTimeEncoding natural() {
        return new LogTimeEncoding(1.0, 0.0);
    }

    /**
     * The encoding with c(T0) = −1 and c(T) = 1: log t, the natural clock of the noise level
     * (h(t) ≈ g0 t for small t), spread over the same unit range as the scaled x̃.
     */
    public static LogTimeEncoding spanning(double timeMin, double timeMax) {
        Checks.positive("timeMin", timeMin);
        Checks.require(timeMax > timeMin, "timeMax must exceed timeMin (" + timeMin + "): "
                + timeMax);
        double a = Math.log(timeMin);
        double b = Math.log(timeMax);
        return new LogTimeEncoding(2 / (b - a), -(a + b) / (b - a));
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public double encode(double t) {
        return scale * Math.log(t) + shift;
    }
}
