package org.scorekit.sample;

import java.util.Arrays;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * Heun's second-order method on the probability-flow ODE dY/ds = ½ g (Y + S(Y, t)) in reverse
 * time (spec §12): a predictor Euler step to t_{i+1}, then the trapezoidal corrector.
 * Deterministic: rng is not used.
 */
public final class ProbabilityFlowHeun implements Sampler {
    @Override
    public String name() {
        return "probability-flow-heun";
    }

    @Override
    public Matrix sample(ScoreModel score, ForwardProcess process, TimeGrid grid, Matrix start,
                         Rng rng) {
        start.requireCols("start", score.dimension());
        Matrix y = start.copy();
        double[] ys = y.data();
        double[] t = new double[y.rows()];
        Matrix predicted = Matrix.zeros(y.rows(), y.cols());
        double[] ps = predicted.data();
        for (int i = 0; i < grid.steps(); i++) {
            double t0 = grid.time(i);
            double t1 = grid.time(i + 1);
            double dt = t0 - t1;
            Arrays.fill(t, t0);
            double[] k1 = process.probabilityFlowDrift(y, score.score(y, t), t0).data();
            for (int k = 0; k < ys.length; k++) {
                ps[k] = ys[k] + dt * k1[k];
            }
            Arrays.fill(t, t1);
            double[] k2 = process.probabilityFlowDrift(predicted, score.score(predicted, t), t1)
                    .data();
            for (int k = 0; k < ys.length; k++) {
                ys[k] += 0.5 * dt * (k1[k] + k2[k]);
            }
        }
        return y;
    }
}
