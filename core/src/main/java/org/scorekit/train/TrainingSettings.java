package org.scorekit.train;

import java.util.List;
import org.scorekit.checks.Checks;

/**
 * What every first-layer trainer ({@link GradientDescent}, {@link Sgd}, {@link Adam}) shares,
 * validated once: an instance cannot hold an invalid setting. {@link #of} gives the spec's
 * defaults; the {@code with…} methods change one field.
 *
 * @param width            m (even with antisymmetric initialisation)
 * @param antisymmetric    antisymmetric initialisation (f_{W(0)} ≡ 0)
 * @param maxSteps         the step budget
 * @param evaluateEvery    evaluations run at every k-th step (and at the last)
 * @param evaluations      held-out quantities recorded in the history
 * @param earlyStopping    early-stopping rules (may be empty)
 * @param divergenceFactor loss growth over the initial loss that counts as divergence
 */
public record TrainingSettings(int width, boolean antisymmetric, int maxSteps, int evaluateEvery,
                               List<Evaluation> evaluations, List<StoppingRule> earlyStopping,
                               double divergenceFactor) {
    /** The spec's default divergence factor (estimator.divergenceFactor). */
    public static final double DEFAULT_DIVERGENCE_FACTOR = 1e6;
    /** The spec's default evaluation cadence (estimator.evaluateEvery). */
    public static final int DEFAULT_EVALUATE_EVERY = 10;

    public TrainingSettings {
        Checks.positive("width", width);
        Checks.nonNegative("max steps", maxSteps);
        Checks.positive("evaluateEvery", evaluateEvery);
        Checks.require(divergenceFactor > 0 && !Double.isNaN(divergenceFactor),
                "divergenceFactor must be positive: " + divergenceFactor);
        evaluations = List.copyOf(evaluations);
        earlyStopping = List.copyOf(earlyStopping);
    }

    /** No evaluations, no early stopping, the default cadence and divergence factor. */
    public static TrainingSettings of(int width, boolean antisymmetric, int maxSteps) {
        return new TrainingSettings(width, antisymmetric, maxSteps, DEFAULT_EVALUATE_EVERY,
                List.of(), List.of(), DEFAULT_DIVERGENCE_FACTOR);
    }

    /** The same settings with another evaluation cadence. */
    public TrainingSettings withEvaluateEvery(int every) {
        return new TrainingSettings(width, antisymmetric, maxSteps, every, evaluations,
                earlyStopping, divergenceFactor);
    }

    /** The same settings with these evaluations. */
    public TrainingSettings withEvaluations(List<Evaluation> list) {
        return new TrainingSettings(width, antisymmetric, maxSteps, evaluateEvery, list,
                earlyStopping, divergenceFactor);
    }

    /** The same settings with these early-stopping rules. */
    public TrainingSettings withEarlyStopping(List<StoppingRule> rules) {
        return new TrainingSettings(width, antisymmetric, maxSteps, evaluateEvery, evaluations,
                rules, divergenceFactor);
    }

    /** The same settings with another divergence factor. */
    public TrainingSettings withDivergenceFactor(double factor) {
        return new TrainingSettings(width, antisymmetric, maxSteps, evaluateEvery, evaluations,
                earlyStopping, factor);
    }
}
