package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.sample.AnnealedLangevin;

/** The §11.4 smoke test: DSM at six noise levels, then annealed Langevin through the ladder. */
class DsmAnnealedLangevinTest {
    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 0.1, 1.0})
    void samplesLandNearTheTrainingPoints(double beta) {
        Rng rng = Rng.of(114);
        Rng noise = rng.fork("data");
        double[] data = new double[10];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i < 5 ? -2 : 2) + 0.3 * noise.nextGaussian();
        }
        double[] levels = DenoisingLadder.geometric(1.0, 0.05, 6);
        DenoisingLadder ladder = DenoisingLadder.fit(data, levels, 30, Activation.RELU, false,
                beta, rng.fork("dsm"));
        for (DenoisingSolution level : ladder.solutions()) {
            // β = 1e-3 once cycled in rounding at σ = 0.091 until the iteration cap.
            assertTrue(level.certificate().converged() && level.relativeGap() <= 1e-8,
                    "level " + level.program().noiseLevel() + ": " + level.certificate());
        }
        LadderScore score = new LadderScore(ladder);
        int particles = 4000;
        Matrix start = Matrix.zeros(particles, 1);
        Rng init = rng.fork("start");
        for (int i = 0; i < particles; i++) {
            start.set(i, 0, init.uniform(-4, 4));
        }
        Matrix samples = new AnnealedLangevin(score.relativeStep(2e-3), 100).sample(score,
                score.process(), score.grid(), start, rng.fork("langevin"));
        double[] distance = new double[particles];
        int right = 0;
        for (int i = 0; i < particles; i++) {
            double x = samples.get(i, 0);
            distance[i] = Arrays.stream(data).map(d -> Math.abs(x - d)).min().orElseThrow();
            right += x > 0 ? 1 : 0;
        }
        Arrays.sort(distance);
        double median = distance[particles / 2];
        // At the last level (σ_L = 0.05, step a_L = ε = 2e-3) the learned score is close to the
        // memorising −(x − x_i)/σ_L² near each training point, so ULA's AR(1) law is
        // N(x_i, σ_L²/(1 − ε/(4σ_L²))) = N(x_i, 0.056²): median distance 0.6745 · 0.056 = 0.038
        // (measured 0.036–0.039 for the three β, spec §11.4 reports 0.03). The median of 4000
        // draws has a standard error near 0.001, so 0.05 = σ_L cannot fail by chance; the uniform
        // start has median distance about 0.2 and fails it. The clusters mix slowly (spec §11.4:
        // too few steps), so only that both are reached is asserted (measured 0.40–0.44 right).
        assertTrue(median <= 0.05, "median distance " + median);
        double balance = (double) right / particles;
        assertTrue(balance > 0.1 && balance < 0.9, "fraction in the right cluster " + balance);
    }
}
