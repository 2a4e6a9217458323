package org.scorekit.sample;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * Annealed Langevin dynamics (Song &amp; Ermon 2019, arXiv 1907.05600, Algorithm 1; spec/convex-score.md
 * §8) over the noise ladder given by the grid: for each level l = 1..K at time t_l, with noise
 * variance σ_l² = h(t_l) of the forward process, {@code stepsPerLevel} Langevin updates
 * x ← x + (a_l/2) s(x, t_l) + √a_l z with a_l = δ · h(t_l). Song &amp; Ermon write
 * a_l = ε σ_l²/σ_L², i.e. δ = ε/σ_L² (0.2 in their image setting). The start is a draw at t_0.
 *
 * @param relativeStep  δ &gt; 0, the step in units of the level's noise variance
 * @param stepsPerLevel T, the updates at each level
 */
public record AnnealedLangevin(double relativeStep, int stepsPerLevel) implements Sampler {
    /** δ = 0.05, T = 100. */
    public static final AnnealedLangevin DEFAULT = new AnnealedLangevin(0.05, 100);

    public AnnealedLangevin {
        Checks.positive("relativeStep", relativeStep);
        Checks.positive("stepsPerLevel", stepsPerLevel);
    }

    @Override
    public String name() {
        return "annealed-langevin";
    }

    @Override
    public Matrix sample(ScoreModel score, ForwardProcess process, TimeGrid grid, Matrix start,
                         Rng rng) {
        start.requireCols("start", score.dimension());
        Matrix x = start.copy();
        for (int level = 1; level <= grid.steps(); level++) {
            double t = grid.time(level);
            x = new Langevin(relativeStep * process.h(t), stepsPerLevel).sample(score, t, x, rng);
        }
        return x;
    }
}
