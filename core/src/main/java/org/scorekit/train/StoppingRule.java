package org.scorekit.train;

import java.util.Optional;

/** Decides from the history alone whether to stop (pure: no clock, no state). */
public interface StoppingRule {
    /** A reason to stop now, or empty to go on. */
    Optional<StopReason> check(TrainingHistory history);

    /** The evaluation whose best step this rule selects, if any (its weights are kept). */
    default Optional<String> monitoredEvaluation() {
        return Optional.empty();
    }
}
