package org.scorekit.train;

import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.model.InputMap;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.random.Rng;
import org.scorekit.testkit.GaussianOracle;

/** A small score-matching problem shared by the training tests: d = 2, g ≡ 1, [0.05, 2]. */
public final class TrainingFixtures {
    static final ForwardProcess PROCESS = new VpProcess(new ConstantSchedule(1.0));
    static final GaussianOracle DATA = GaussianOracle.of(new double[] {1.0, -0.5}, 0.5, PROCESS);
    static final InputMap INPUTS = InputMap.of(2, LinearTimeEncoding.identity());
    static final double T0 = 0.05;
    static final double T = 2.0;

    private TrainingFixtures() {
    }

    public static ScoreMatchingProblem problem(int n, long seed) {
        return ScoreMatchingProblem.draw(DATA, PROCESS, T0, T, INPUTS, n, Rng.of(seed));
    }
}
