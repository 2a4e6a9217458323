package org.scorekit.convex;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * A noise-conditioned d-dimensional score made of one gated DSM program per level
 * (spec/convex-score.md §7, "annealed use"): at each σ_1 &gt; … &gt; σ_L the certified optimum of
 * the {@link GatedDenoisingProgram} with K fresh draws and fresh gates, solved by
 * {@link GatedRegression}. Each level is convex-exact; σ is not an input of one network.
 * {@link LadderScore} hands it to the annealed Langevin sampler of §8.
 *
 * @param levels    σ_1 &gt; … &gt; σ_L &gt; 0
 * @param solutions the solution at each level, in the same order
 */
public record GatedDenoisingLadder(double[] levels, List<GatedDenoisingSolution> solutions) {
    public GatedDenoisingLadder {
        DenoisingLadder.requireDecreasing(levels);
        Checks.require(solutions != null, "solutions must be given");
        Checks.sameSize("solutions per level", levels.length, solutions.size());
        levels = levels.clone();
        solutions = List.copyOf(solutions);
    }

    /**
     * One program per level with {@code draws} draws per point and {@code gates} gates from
     * {@code rng.fork("level-l")}, each solved to its certificate by {@link GatedRegression}.
     */
    public static GatedDenoisingLadder fit(Matrix data, double[] levels, int draws, int gates,
                                           Activation activation, double beta,
                                           GatedRegression.Options options, Rng rng) {
        DenoisingLadder.requireDecreasing(levels);
        Checks.require(rng != null, "rng must be given");
        List<GatedDenoisingSolution> solutions = new ArrayList<>();
        for (int l = 0; l < levels.length; l++) {
            GatedDenoisingProgram program = GatedDenoisingProgram.draw(data, levels[l], draws,
                    gates, activation, beta, rng.fork("level-" + l));
            solutions.add(GatedRegression.solve(program, options));
        }
        return new GatedDenoisingLadder(levels, solutions);
    }

    /** The number of levels L. */
    public int size() {
        return levels.length;
    }

    /** d. */
    public int dimension() {
        return solutions.get(0).program().gated().dimension();
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }
}
