package org.scorekit.experiment;

import org.scorekit.diffusion.TimeGrid;

/** The spacing of the sampler's time grid from T to T0 (sampler.grid; spec §12). */
public enum GridSpacing {
    /** Equal steps in t. */
    UNIFORM,
    /** Equal steps in log t. */
    LOG;

    /** The grid of {@code steps} steps from {@code from} down to {@code to}. */
    public TimeGrid grid(double from, double to, int steps) {
        return this == LOG ? TimeGrid.logSpaced(from, to, steps) : TimeGrid.uniform(from, to, steps);
    }
}
