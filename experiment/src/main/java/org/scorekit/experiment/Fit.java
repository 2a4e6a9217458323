package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.TrainingHistory;

/**
 * What the training stage of a run produced: the model ({@code estimator.type}), the step
 * history where there are steps, and the {@code results.training} summary.
 */
sealed interface Fit permits Training.Trained, ConvexTraining.Ladder,
        MlpTraining.Baseline {
    /** The model at its selected step (or β). */
    TrainedModel model();

    /** GD or kernel-GD steps (history.csv); empty for the convex ladder, which has none. */
    Optional<TrainingHistory> history();

    /** The {@code results.training} object. */
    ObjectNode summary(ScoreMatchingProblem problem);
}
