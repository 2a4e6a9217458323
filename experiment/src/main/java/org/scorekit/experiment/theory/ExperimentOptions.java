package org.scorekit.experiment.theory;

import org.scorekit.checks.Checks;

/**
 * How a built-in experiment runs: {@code quick} shrinks every size so the experiment fits a
 * test budget while still checking its qualitative claim; {@code seeds} independent repetitions
 * from the master {@code seed}.
 */
public record ExperimentOptions(boolean quick, int seeds, long seed) {
    public ExperimentOptions {
        Checks.positive("seeds", seeds);
    }
}
