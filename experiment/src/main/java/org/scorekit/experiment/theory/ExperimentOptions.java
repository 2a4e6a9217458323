package org.scorekit.experiment.theory;

import org.scorekit.checks.Checks;

/**
 * How a built-in experiment runs: {@code quick} runs small sizes (seconds to a few minutes
 * instead of up to an hour) that check the same claims; {@code seeds} independent repetitions
 * from the master {@code seed}.
 */
public record ExperimentOptions(boolean quick, int seeds, long seed) {
    public ExperimentOptions {
        Checks.positive("seeds", seeds);
    }
}
