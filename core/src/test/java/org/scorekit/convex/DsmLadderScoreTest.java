package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** The ladder's adapter gives annealed Langevin Song & Ermon's steps and each level's score. */
class DsmLadderScoreTest {
    @Test
    void stepsAndScoresFollowTheLevels() {
        double[] levels = DenoisingLadder.geometric(1.0, 0.1, 4);
        DenoisingLadder ladder = DenoisingLadder.fit(new double[] {-1.0, 0.3, 1.2}, levels, 5,
                Activation.RELU, false, 0.5, Rng.of(5));
        LadderScore score = new LadderScore(ladder);
        ForwardProcess process = score.process();
        TimeGrid grid = score.grid();
        double epsilon = 2e-3;
        double delta = score.relativeStep(epsilon);
        assertEquals(levels.length, grid.steps());
        Matrix x = Matrix.zeros(1, 1);
        x.set(0, 0, 0.37);
        for (int l = 0; l < levels.length; l++) {
            double t = grid.time(l + 1);
            double sigma = levels[l] / levels[levels.length - 1];
            assertEquals(epsilon * sigma * sigma, delta * process.h(t), 1e-15);
            assertEquals(ladder.solutions().get(l).value(0.37), score.score(x, new double[] {t})
                    .get(0, 0), 1e-12);
        }
    }
}
