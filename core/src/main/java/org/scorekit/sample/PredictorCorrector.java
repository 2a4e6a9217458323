package org.scorekit.sample;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * Predictor–corrector sampling (Song et al. 2021, arXiv 2011.13456, Algorithm 1; spec/convex-score.md
 * §8): each grid step is the {@link EulerMaruyama} reverse-SDE step from t_i to t_{i+1} followed by
 * {@code correctorSteps} Langevin updates at t_{i+1} with step a = 2 r² h(t_{i+1}). That is Song
 * et al.'s signal-to-noise rule a = 2 (r ‖z‖/‖s‖)² with ‖s‖² ≈ d/h and ‖z‖² ≈ d, made deterministic so
 * the chain is a fixed function of the grid.
 *
 * @param correctorSteps Langevin updates after each predictor step (≥ 1)
 * @param signalToNoise  r &gt; 0
 */
public record PredictorCorrector(int correctorSteps, double signalToNoise) implements Sampler {
    /** One corrector step, r = 0.16 (Song et al.'s setting). */
    public static final PredictorCorrector DEFAULT = new PredictorCorrector(1, 0.16);

    private static final EulerMaruyama PREDICTOR = new EulerMaruyama();

    public PredictorCorrector {
        Checks.positive("correctorSteps", correctorSteps);
        Checks.positive("signalToNoise", signalToNoise);
    }

    @Override
    public String name() {
        return "predictor-corrector";
    }

    @Override
    public Matrix sample(ScoreModel score, ForwardProcess process, TimeGrid grid, Matrix start,
                         Rng rng) {
        start.requireCols("start", score.dimension());
        Matrix x = start.copy();
        for (int i = 0; i < grid.steps(); i++) {
            double next = grid.time(i + 1);
            x = PREDICTOR.sample(score, process, new TimeGrid(new double[] {grid.time(i), next}), x,
                    rng);
            double a = 2 * signalToNoise * signalToNoise * process.h(next);
            x = new Langevin(a, correctorSteps).sample(score, next, x, rng);
        }
        return x;
    }
}
