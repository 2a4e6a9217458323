package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.scorekit.diffusion.TimeGrid;

/** The spacing of the sampler's time grid from T to T0 (sampler.grid; spec §12). */
public enum GridSpacing {
    /** Equal steps in t. */
    UNIFORM("uniform"),
    /** Equal steps in log t. */
    LOG("log");

    private final String label;

    GridSpacing(String label) {
        this.label = label;
    }

    /** The spec spelling. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The spacing spelled {@code text}, or a one-line error listing the choices. */
    @JsonCreator
    public static GridSpacing of(String text) {
        return SpecLabels.parse("sampler.grid", values(), GridSpacing::label, text);
    }

    /** The grid of {@code steps} steps from {@code from} down to {@code to}. */
    public TimeGrid grid(double from, double to, int steps) {
        return this == LOG ? TimeGrid.logSpaced(from, to, steps) : TimeGrid.uniform(from, to, steps);
    }
}
