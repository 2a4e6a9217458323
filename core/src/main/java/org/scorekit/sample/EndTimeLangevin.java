package org.scorekit.sample;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * Plain Langevin dynamics as a run's sampler (spec/convex-score.md §8): the unadjusted chain
 * {@link Langevin} with the score at the grid's last time t_K only, from the start, with step
 * ε = {@code relativeStep} · h(t_K) (h(t_K) is the variance the process adds by t_K, the smallest
 * length² the law p_{t_K} resolves) and {@code stepsPerGridStep} · K updates. No annealing: the
 * chain must cross from the prior to every mode on its own, which is what
 * {@link AnnealedLangevin} and the reverse-time samplers avoid; it is here to show that.
 *
 * @param relativeStep     ε / h(t_K) &gt; 0
 * @param stepsPerGridStep updates per step of the grid
 */
public record EndTimeLangevin(double relativeStep, int stepsPerGridStep) implements Sampler {
    /** ε = 0.05 h(t_K), as the annealed sampler's last level; two updates per grid step. */
    public static final EndTimeLangevin DEFAULT = new EndTimeLangevin(0.05, 2);

    public EndTimeLangevin {
        Checks.positive("relativeStep", relativeStep);
        Checks.positive("stepsPerGridStep", stepsPerGridStep);
    }

    @Override
    public String name() {
        return "langevin";
    }

    @Override
    public Matrix sample(ScoreModel score, ForwardProcess process, TimeGrid grid, Matrix start,
                         Rng rng) {
        double t = grid.time(grid.steps());
        long updates = (long) stepsPerGridStep * grid.steps();
        Checks.require(updates <= Integer.MAX_VALUE, "too many updates: " + updates);
        return new Langevin(relativeStep * process.h(t), (int) updates).sample(score, t, start,
                rng);
    }
}
