package org.scorekit.nonconvex;

import org.scorekit.convex.UnivariateNetwork;

/**
 * One non-convex training run (spec/convex-score.md §9).
 *
 * @param optimizer the update rule
 * @param steps     the recorded steps, 0 (the initialisation) first
 * @param losses    L(θ) at each recorded step; a run that diverged ends at its first non-finite loss
 * @param network   the network at the last step (the last finite one if the run diverged)
 * @param diverged  whether the loss became non-finite, which ended the run
 * @param dead      whether the final hidden layer is dead on the data ({@link ScoreMatchingLoss#dead})
 */
public record BaselineRun(Optimizer optimizer, int[] steps, double[] losses,
                          UnivariateNetwork network, boolean diverged, boolean dead) {
    public BaselineRun {
        steps = steps.clone();
        losses = losses.clone();
    }

    @Override
    public int[] steps() {
        return steps.clone();
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    /** The loss at the last recorded step (non-finite if the run diverged). */
    public double finalLoss() {
        return losses[losses.length - 1];
    }

    /** The smallest finite recorded loss, or +∞ if there is none. */
    public double lowestLoss() {
        double low = Double.POSITIVE_INFINITY;
        for (double l : losses) {
            low = Double.isFinite(l) ? Math.min(low, l) : low;
        }
        return low;
    }
}
