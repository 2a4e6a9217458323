package org.scorekit.sample;

import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/** Reverse-time generation from t = T to t = T0 along an explicit grid (spec §12). */
public interface Sampler {
    /** A stable name used in specs and run records. */
    String name();

    /**
     * Moves {@code start} (n × d, a draw at time grid.time(0)) to time grid.time(K). The start
     * matrix is not modified; returns a new n × d matrix.
     */
    Matrix sample(ScoreModel score, ForwardProcess process, TimeGrid grid, Matrix start, Rng rng);
}
