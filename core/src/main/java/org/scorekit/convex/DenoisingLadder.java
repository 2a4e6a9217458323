package org.scorekit.convex;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.random.Rng;

/**
 * A noise-conditioned score made of one DSM program per level (spec/convex-score.md §7, "annealed
 * use"): at each σ_1 &gt; … &gt; σ_L the certified optimum of the {@link DenoisingProgram} with K
 * fresh draws, solved by {@link DenoisingLasso}. Each level is convex-exact; σ is not an input of
 * one network. {@link LadderScore} hands it to the annealed Langevin sampler of §8.
 *
 * @param levels    σ_1 &gt; … &gt; σ_L &gt; 0
 * @param solutions the solution at each level, in the same order
 */
public record DenoisingLadder(double[] levels, List<DenoisingSolution> solutions) {
    public DenoisingLadder {
        requireDecreasing(levels);
        Checks.require(solutions != null, "solutions must be given");
        Checks.sameSize("solutions per level", levels.length, solutions.size());
        levels = levels.clone();
        solutions = List.copyOf(solutions);
    }

    static void requireDecreasing(double[] levels) {
        Checks.require(levels != null && levels.length >= 1, "levels must hold at least 1 value");
        for (int l = 0; l < levels.length; l++) {
            Checks.positive("levels[" + l + "]", levels[l]);
            Checks.require(l == 0 || levels[l] < levels[l - 1], "levels must be strictly "
                    + "decreasing: levels[" + l + "] = " + levels[l] + " after " + levels[l == 0 ? 0 : l - 1]);
        }
    }

    /** The geometric ladder σ_l = largest · (smallest/largest)^{(l−1)/(count−1)}, l = 1..count. */
    public static double[] geometric(double largest, double smallest, int count) {
        Checks.positive("largest", largest);
        Checks.positive("smallest", smallest);
        Checks.require(count >= 2, "count must be at least 2: " + count);
        Checks.require(smallest < largest,
                "smallest must be below largest " + largest + ": " + smallest);
        double[] levels = new double[count];
        for (int l = 0; l < count; l++) {
            levels[l] = largest * Math.pow(smallest / largest, (double) l / (count - 1));
        }
        return levels;
    }

    /**
     * One program per level with {@code draws} draws per point from {@code rng.fork("level-l")},
     * each solved to its certificate by {@link DenoisingLasso}.
     */
    public static DenoisingLadder fit(double[] data, double[] levels, int draws,
                                      Activation activation, boolean skip, double beta, Rng rng) {
        requireDecreasing(levels);
        Checks.require(rng != null, "rng must be given");
        List<DenoisingSolution> solutions = new ArrayList<>();
        for (int l = 0; l < levels.length; l++) {
            DenoisingProgram program = DenoisingProgram.draw(data, levels[l], draws, activation,
                    skip, beta, rng.fork("level-" + l));
            solutions.add(DenoisingLasso.solve(program));
        }
        return new DenoisingLadder(levels, solutions);
    }

    /** The number of levels L. */
    public int size() {
        return levels.length;
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }
}
