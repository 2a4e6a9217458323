package org.scorekit.train;

import org.scorekit.model.TwoLayerRelu;

/** Receives training progress; the library never prints, listeners may. */
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /** Called once before the first step with the step budget. */
    default void started(int maxSteps) {
    }

    /**
     * Called after each recorded step, before the weights are updated; {@code network} is the
     * two-layer network at that step, or null when another model is trained (the MLP baseline).
     */
    default void stepped(TrainingHistory.Entry entry, TwoLayerRelu network) {
    }

    /** Called once at the end. */
    default void finished(StopReason reason) {
    }
}
