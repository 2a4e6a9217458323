package org.scorekit.sample;

import java.util.Arrays;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * Euler–Maruyama on the reverse SDE (spec §12): with Δ = t_i − t_{i+1},
 * Y ← Y + Δ [½ g(t_i) Y + g(t_i) S(Y, t_i)] + √(g(t_i) Δ) ξ, ξ ~ N(0, I).
 */
public final class EulerMaruyama implements Sampler {
    @Override
    public String name() {
        return "euler-maruyama";
    }

    @Override
    public Matrix sample(ScoreModel score, ForwardProcess process, TimeGrid grid, Matrix start,
                         Rng rng) {
        start.requireCols("start", score.dimension());
        Matrix y = start.copy();
        double[] ys = y.data();
        double[] t = new double[y.rows()];
        double[] noise = new double[ys.length];
        for (int i = 0; i < grid.steps(); i++) {
            double ti = grid.time(i);
            double dt = ti - grid.time(i + 1);
            Arrays.fill(t, ti);
            Matrix drift = process.reverseSdeDrift(y, score.score(y, t), ti);
            double sd = process.reverseSdeDiffusion(ti) * Math.sqrt(dt);
            rng.fillGaussian(noise);
            double[] dr = drift.data();
            for (int k = 0; k < ys.length; k++) {
                ys[k] += dt * dr[k] + sd * noise[k];
            }
        }
        return y;
    }
}
