package org.scorekit.train;

/**
 * Why training stopped, as a value (STYLE.md: an expected numerical outcome is not an
 * exception).
 *
 * @param kind         stable name: {@code max-steps}, {@code diverged}, or the early-stopping
 *                     rule's name ({@code validation}, {@code oracle})
 * @param step         the step at which training stopped
 * @param loss         the training loss at that step
 * @param selectedStep the step whose weights are returned (the rule's τ̂; equals step unless an
 *                     early-stopping rule selected an earlier evaluation)
 */
public record StopReason(String kind, int step, double loss, int selectedStep) {
    /** The step budget was exhausted. */
    public static StopReason maxSteps(int step, double loss) {
        return new StopReason("max-steps", step, loss, step);
    }

    /** The loss became non-finite or grew beyond the divergence threshold. */
    public static StopReason diverged(int step, double loss) {
        return new StopReason("diverged", step, loss, step);
    }

    /** An early-stopping rule fired at {@code step} and selected {@code selectedStep}. */
    public static StopReason early(String rule, int step, double loss, int selectedStep) {
        return new StopReason(rule, step, loss, selectedStep);
    }

    /** Whether the run diverged. */
    public boolean isDivergence() {
        return kind.equals("diverged");
    }
}
