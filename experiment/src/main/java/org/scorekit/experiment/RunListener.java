package org.scorekit.experiment;

import org.scorekit.train.TrainingListener;

/** Progress of a run: named stages and the training steps. */
public interface RunListener extends TrainingListener {
    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /** A new stage begins (e.g. "drawing the training problem"). */
    default void stage(String description) {
    }
}
