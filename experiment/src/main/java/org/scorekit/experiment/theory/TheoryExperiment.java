package org.scorekit.experiment.theory;

import org.scorekit.experiment.RunListener;

/**
 * A built-in experiment that probes one claim of the theory (spec/score-estimation.md §13) and
 * returns its tables, plots, fitted numbers and the verdict on each qualitative claim; named and
 * described by {@link BuiltinExperiment}.
 */
public interface TheoryExperiment {
    /** Repetitions when none are asked for: enough for the fitted intervals to mean something. */
    default int defaultSeeds() {
        return 1;
    }

    /** Runs the experiment. */
    ExperimentResult run(ExperimentOptions options, RunListener listener);
}
