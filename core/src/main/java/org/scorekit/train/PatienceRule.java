package org.scorekit.train;

import java.util.Optional;
import org.scorekit.checks.Checks;

/**
 * Early stopping on a held-out evaluation: stops once {@code patience} consecutive evaluations
 * have not improved the best value by more than {@code minRelativeImprovement}, and selects the
 * best step: the first step with the smallest value, as {@link TrainingHistory#argmin}. With
 * the held-out label loss this is validation stopping; with the exact denoiser risk on a fresh
 * draw it is the oracle τ_oracle (spec §9.2, item 7).
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
        int sinceImprovement = 0;
        for (TrainingHistory.Entry e : history.entries()) {
            double v = e.evaluation(evaluation);
            if (Double.isNaN(v)) {
                continue;
            }
            if (bestStep < 0 || v < best * (1 - minRelativeImprovement)) {
                sinceImprovement = 0;
            } else {
                sinceImprovement++;
            }
            // The selected step is the first minimiser (TrainingHistory.argmin), whose weights
            // the trainer keeps, even when the improvement was too small to reset patience.
            if (bestStep < 0 || v < best) {
                best = v;
                bestStep = e.step();
            }
        }
        if (bestStep >= 0 && sinceImprovement >= patience) {
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
