package org.scorekit.train;

import java.util.Optional;
import org.scorekit.checks.Checks;

/** Stops after a fixed number of GD steps. */
public record MaxSteps(int steps) implements StoppingRule {
    public MaxSteps {
        Checks.nonNegative("max steps", steps);
    }

    @Override
    public Optional<StopReason> check(TrainingHistory history) {
        TrainingHistory.Entry last = history.last();
        return last.step() >= steps
                ? Optional.of(StopReason.maxSteps(last.step(), last.trainLoss()))
                : Optional.empty();
    }
}
