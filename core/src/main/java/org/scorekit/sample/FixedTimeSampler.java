package org.scorekit.sample;

import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * A Markov chain that targets the law whose score is s(·, t) at one fixed time t
 * (spec/convex-score.md §8). Unlike a {@link Sampler} it has no forward process and no time grid:
 * Langevin dynamics needs only the score, so a learned time-free score (the convex 1-D score)
 * can be sampled without inventing a process for it.
 */
public interface FixedTimeSampler {
    /** A stable name used in specs and run records. */
    String name();

    /**
     * Runs the chain from {@code start} (n × d, not modified) with the score at time t; returns
     * a new n × d matrix.
     */
    Matrix sample(ScoreModel score, double t, Matrix start, Rng rng);
}
