package org.scorekit.tabular.encoding;

import org.scorekit.checks.Checks;

/**
 * No grid: decoded values are only clipped to the train range.
 *
 * @param min the smallest present train value
 * @param max the largest present train value
 */
public record Range(double min, double max) implements Grid {
    public Range {
        Checks.finite("min", min);
        Checks.finite("max", max);
        Checks.require(min <= max, "min must be at most max: " + min + " > " + max);
    }

    @Override
    public double snap(double x) {
        return Math.min(Math.max(x, min), max);
    }
}
