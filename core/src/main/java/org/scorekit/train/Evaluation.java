package org.scorekit.train;

import org.scorekit.model.TwoLayerRelu;

/** A named quantity evaluated on the current network every k steps (held-out loss, risk). */
public interface Evaluation {
    /** The column name in the history, e.g. {@link TrainingHistory#VALIDATION_LOSS}. */
    String name();

    /** The value for the network's current weights. */
    double evaluate(TwoLayerRelu network);

    /**
     * The value at GD step τ; quantities that compare with a reference path at the same step
     * (the kernel predictor f_K^τ) override this. Defaults to {@link #evaluate(TwoLayerRelu)}.
     */
    default double evaluate(TwoLayerRelu network, int step) {
        return evaluate(network);
    }
}
