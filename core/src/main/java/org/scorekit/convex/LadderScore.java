package org.scorekit.convex;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;

/**
 * A {@link DenoisingLadder} as the per-level score of {@code AnnealedLangevin} (spec §8), which
 * takes its levels as the times of a grid and its step at level l as a_l = δ · h(t_l). The
 * ladder sits on the process of constant rate 1, h(t) = 1 − e^{−t}, at the times
 * t_l = −ln(1 − σ_l²/(2σ_1²)), so h(t_l) = σ_l²/(2σ_1²); with δ = {@link #relativeStep}(ε) =
 * 2σ_1² ε/σ_L² the sampler's step is Song &amp; Ermon's a_l = ε σ_l²/σ_L². The sampler uses
 * only h and the grid; the score at time t is the level whose time is nearest.
 */
public final class LadderScore implements ScoreModel {
    private final DenoisingLadder ladder;
    private final PiecewiseLinearScore[] scores;
    private final double[] times;

    /** The adapter for {@code ladder}. */
    public LadderScore(DenoisingLadder ladder) {
        Checks.require(ladder != null, "ladder must be given");
        this.ladder = ladder;
        double[] sigma = ladder.levels();
        scores = new PiecewiseLinearScore[sigma.length];
        times = new double[sigma.length];
        for (int l = 0; l < sigma.length; l++) {
            scores[l] = ladder.solutions().get(l).score();
            times[l] = -Math.log1p(-0.5 * sigma[l] * sigma[l] / (sigma[0] * sigma[0]));
        }
    }

    /** The process whose h places the levels: constant rate 1. */
    public ForwardProcess process() {
        return new VpProcess(new ConstantSchedule(1.0));
    }

    /** The grid t_0 = 2 t_1 (the start, not a level) &gt; t_1 &gt; … &gt; t_L. */
    public TimeGrid grid() {
        double[] grid = new double[times.length + 1];
        grid[0] = 2 * times[0];
        System.arraycopy(times, 0, grid, 1, times.length);
        return new TimeGrid(grid);
    }

    /** δ = 2σ_1² ε/σ_L² for Song &amp; Ermon's ε (in units of x², at the smallest level). */
    public double relativeStep(double epsilon) {
        Checks.positive("epsilon", epsilon);
        double[] sigma = ladder.levels();
        double ratio = sigma[0] / sigma[sigma.length - 1];
        return 2 * epsilon * ratio * ratio;
    }

    @Override
    public int dimension() {
        return 1;
    }

    /** s*_{σ_l}(x) at each row of x (n × 1), l the level nearest t[i]. */
    @Override
    public Matrix score(Matrix x, double[] t) {
        x.requireCols("x", 1);
        Checks.sameSize("times per row", x.rows(), t.length);
        Matrix out = Matrix.zeros(x.rows(), 1);
        for (int i = 0; i < x.rows(); i++) {
            out.set(i, 0, scores[level(t[i])].value(x.get(i, 0)));
        }
        return out;
    }

    private int level(double t) {
        int best = 0;
        for (int l = 1; l < times.length; l++) {
            if (Math.abs(times[l] - t) < Math.abs(times[best] - t)) {
                best = l;
            }
        }
        return best;
    }
}
