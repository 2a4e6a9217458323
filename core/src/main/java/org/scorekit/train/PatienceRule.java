package org.scorekit.train;

import java.util.Optional;
import org.scorekit.checks.Checks;

/**
 * Early stopping on a held-out evaluation: stops once {@code patience} consecutive evaluations
 * have not improved the best value by more than {@code minRelativeImprovement}, and selects the
 * best step. With the held-out label loss this is validation stopping; with the exact denoiser
 * risk on a fresh draw it is the oracle τ_oracle (spec §9.2, item 7).
 *
 * @param name       the rule's stable name ({@code validation} or {@code oracle})
 * @param evaluation the monitored evaluation (see {@link TrainingHistory})
 */
public record PatienceRule(String name, String evaluation, int patience,
                           double minRelativeImprovement) implements StoppingRule {
    public PatienceRule {
        Checks.positive("patience", patience);
        Checks.nonNegative("minRelativeImprovement", minRelativeImprovement);
    }

    /** Validation stopping on the held-out label loss. */
    public static PatienceRule validation(int patience) {
        return new PatienceRule("validation", TrainingHistory.VALIDATION_LOSS, patience, 0.0);
    }

    /** Oracle stopping on the exact denoiser risk. */
    public static PatienceRule oracle(int patience) {
        return new PatienceRule("oracle", TrainingHistory.ORACLE_RISK, patience, 0.0);
    }

    @Override
    public Optional<StopReason> check(TrainingHistory history) {
        double best = Double.POSITIVE_INFINITY;
        int bestStep = -1;
        int sinceBest = 0;
        for (TrainingHistory.Entry e : history.entries()) {
            double v = e.evaluation(evaluation);
            if (Double.isNaN(v)) {
                continue;
            }
            if (v < best * (1 - minRelativeImprovement) || bestStep < 0) {
                best = Math.min(best, v);
                bestStep = e.step();
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        if (bestStep >= 0 && sinceBest >= patience) {
            TrainingHistory.Entry last = history.last();
            return Optional.of(StopReason.early(name, last.step(), last.trainLoss(), bestStep));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> monitoredEvaluation() {
        return Optional.of(evaluation);
    }
}
