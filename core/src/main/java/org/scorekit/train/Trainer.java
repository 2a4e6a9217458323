package org.scorekit.train;

import org.scorekit.random.Rng;

/** An estimator of the regression function of a {@link ScoreMatchingProblem}. */
public interface Trainer<M> {
    /** Trains from the initialisation drawn with rng; progress goes to the listener. */
    TrainingResult<M> train(ScoreMatchingProblem problem, Rng rng, TrainingListener listener);
}
