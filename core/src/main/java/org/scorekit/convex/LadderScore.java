package org.scorekit.convex;

import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;

/**
 * A ladder of per-level DSM optima ({@link DenoisingLadder} in 1-D, {@link GatedDenoisingLadder}
 * in d dimensions) as the per-level score of {@code AnnealedLangevin} (spec §8), which takes its
 * levels as the times of a grid and its step at level l as a_l = δ · h(t_l). The ladder sits on
 * the process of constant rate 1, h(t) = 1 − e^{−t}, at the times
 * t_l = −ln(1 − σ_l²/(2σ_1²)), so h(t_l) = σ_l²/(2σ_1²); with δ = {@link #relativeStep}(ε) =
 * 2σ_1² ε/σ_L² the sampler's step is Song &amp; Ermon's a_l = ε σ_l²/σ_L². The sampler uses
 * only h and the grid; the score at time t is the level whose time is nearest.
 */
public final class LadderScore implements ScoreModel {
    private final double[] sigma;
    private final int dimension;
    private final UnaryOperator<double[]>[] scores;
    private final double[] times;

    /** The adapter for a univariate {@code ladder}. */
    public LadderScore(DenoisingLadder ladder) {
        this(requireLadder(ladder).levels(), 1, l -> {
            PiecewiseLinearScore s = ladder.solutions().get(l).score();
            return x -> new double[] {s.value(x[0])};
        });
    }

    /** The adapter for a multivariate gated {@code ladder}. */
    public LadderScore(GatedDenoisingLadder ladder) {
        this(requireLadder(ladder).levels(), ladder.dimension(),
                l -> ladder.solutions().get(l).network()::value);
    }

    @SuppressWarnings("unchecked")
    private LadderScore(double[] sigma, int dimension,
                        IntFunction<UnaryOperator<double[]>> level) {
        this.sigma = sigma;
        this.dimension = dimension;
        scores = new UnaryOperator[sigma.length];
        times = new double[sigma.length];
        for (int l = 0; l < sigma.length; l++) {
            scores[l] = level.apply(l);
            times[l] = -Math.log1p(-0.5 * sigma[l] * sigma[l] / (sigma[0] * sigma[0]));
        }
    }

    private static <T> T requireLadder(T ladder) {
        Checks.require(ladder != null, "ladder must be given");
        return ladder;
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
        double ratio = sigma[0] / sigma[sigma.length - 1];
        return 2 * epsilon * ratio * ratio;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** s*_{σ_l}(x) at each row of x (n × d), l the level nearest t[i]. */
    @Override
    public Matrix score(Matrix x, double[] t) {
        x.requireCols("x", dimension);
        Checks.sameSize("times per row", x.rows(), t.length);
        Matrix out = Matrix.zeros(x.rows(), dimension);
        for (int i = 0; i < x.rows(); i++) {
            double[] s = scores[level(t[i])].apply(x.row(i));
            for (int c = 0; c < dimension; c++) {
                out.set(i, c, s[c]);
            }
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
