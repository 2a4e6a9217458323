package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorekit.train.TrainingFixtures.DATA;
import static org.scorekit.train.TrainingFixtures.INPUTS;
import static org.scorekit.train.TrainingFixtures.PROCESS;
import static org.scorekit.train.TrainingFixtures.T;
import static org.scorekit.train.TrainingFixtures.T0;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.InputMap;
import org.scorekit.model.LogTimeEncoding;
import org.scorekit.random.Rng;
import org.scorekit.testkit.SampleMoments;
import org.scorekit.testkit.StatisticalAssert;

class ScoreMatchingProblemTest {

    @Test
    void shapesAndWindow() {
        ScoreMatchingProblem p = TrainingFixtures.problem(300, 1);
        assertEquals(300, p.size());
        assertEquals(2, p.dataDimension());
        p.z().requireShape("z", 300, 3);
        p.y().requireShape("y", 300, 2);
        p.noisy().requireShape("noisy", 300, 2);
        assertEquals(300, p.times().length);
        assertEquals(T0, p.timeMin());
        assertEquals(T, p.timeMax());
        for (double t : p.times()) {
            assertTrue(t >= T0 && t <= T, "time outside [T0, T]: " + t);
        }
    }

    @Test
    void fieldsReconstructAlgorithmOne() {
        // y = x0 from stream "data", t from "times", ξ from "noise"; x_t = α x0 + √h ξ; z = (x_t, t).
        int n = 150;
        Rng rng = Rng.of(2);
        ScoreMatchingProblem p = ScoreMatchingProblem.draw(DATA, PROCESS, T0, T, INPUTS, n, rng);
        assertArrayEquals(DATA.sample(n, rng.fork("data")).data(), p.y().data());
        Rng times = rng.fork("times");
        Matrix noise = rng.fork("noise").gaussian(n, 2);
        for (int j = 0; j < n; j++) {
            double t = p.times()[j];
            assertEquals(times.uniform(T0, T), t);
            double alpha = PROCESS.alpha(t);
            double sd = Math.sqrt(PROCESS.h(t));
            for (int k = 0; k < 2; k++) {
                double xi = (p.noisy().get(j, k) - alpha * p.y().get(j, k)) / sd;
                assertEquals(noise.get(j, k), xi, 1e-12 * (1 + Math.abs(xi)));
                assertEquals(p.noisy().get(j, k), p.z().get(j, k));
            }
            assertEquals(t, p.z().get(j, 2));
        }
    }

    @Test
    void timesAreUniformOnTheWindow() {
        // Mean of N = 20000 uniform times: (T0 + T)/2 with SE (T − T0)/√(12 N); z = 4.5,
        // false-failure probability 6.8e-6.
        ScoreMatchingProblem p = TrainingFixtures.problem(20_000, 3);
        SampleMoments m = SampleMoments.of(p.times());
        StatisticalAssert.assertWithinStandardErrors("mean time", (T0 + T) / 2, m.mean(),
                (T - T0) / Math.sqrt(12.0 * 20_000));
    }

    @Test
    void radiusFollowsDecisionP3AndTheOutsideFractionIsACount() {
        int n = 400;
        ScoreMatchingProblem p = TrainingFixtures.problem(n, 4);
        double b2 = 0;
        for (int j = 0; j < n; j++) {
            b2 = Math.max(b2, Math.hypot(p.y().get(j, 0), p.y().get(j, 1)));
        }
        double expected = b2 + Math.sqrt(2) + Math.sqrt(2 * Math.log(n / ScoreMatchingProblem.DEFAULT_DELTA));
        assertEquals(expected, p.radius(), 1e-12 * expected);
        int outside = 0;
        for (int j = 0; j < n; j++) {
            outside += Math.hypot(p.noisy().get(j, 0), p.noisy().get(j, 1)) > p.radius() ? 1 : 0;
        }
        assertEquals((double) outside / n, p.fractionOutside());
        assertTrue(p.fractionOutside() >= 0 && p.fractionOutside() <= 1);
    }

    @Test
    void inputMapIsApplied() {
        InputMap map = new InputMap(2, LogTimeEncoding.natural(), 0.75);
        ScoreMatchingProblem p = ScoreMatchingProblem.draw(DATA, PROCESS, T0, T, map, 50, Rng.of(5));
        p.z().requireShape("z", 50, 4);
        for (int j = 0; j < 50; j++) {
            assertEquals(Math.log(p.times()[j]), p.z().get(j, 2), 1e-15);
            assertEquals(0.75, p.z().get(j, 3));
        }
    }

    @Test
    void timesAndNoiseDoNotDependOnTheCleanRows() {
        Matrix a = DATA.sample(60, Rng.of(1));
        Matrix b = DATA.sample(60, Rng.of(2));
        ScoreMatchingProblem pa = ScoreMatchingProblem.fromClean(a, PROCESS, T0, T, INPUTS, Rng.of(9));
        ScoreMatchingProblem pb = ScoreMatchingProblem.fromClean(b, PROCESS, T0, T, INPUTS, Rng.of(9));
        assertArrayEquals(pa.times(), pb.times());
        assertArrayEquals(a.data(), pa.y().data());
        ScoreMatchingProblem again = ScoreMatchingProblem.fromClean(a, PROCESS, T0, T, INPUTS, Rng.of(9));
        assertArrayEquals(pa.z().data(), again.z().data());
    }

    @Test
    void invalidWindowsAndShapesAreRejected() {
        Rng rng = Rng.of(1);
        assertThrows(IllegalArgumentException.class,
                () -> ScoreMatchingProblem.draw(DATA, PROCESS, 2.0, 2.0, INPUTS, 10, rng));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreMatchingProblem.draw(DATA, PROCESS, 3.0, 2.0, INPUTS, 10, rng));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreMatchingProblem.draw(DATA, PROCESS, 0.0, 2.0, INPUTS, 10, rng));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreMatchingProblem.draw(DATA, PROCESS, -0.1, 2.0, INPUTS, 10, rng));
        assertThrows(IllegalArgumentException.class, () -> ScoreMatchingProblem.draw(DATA, PROCESS,
                0.05, Double.POSITIVE_INFINITY, INPUTS, 10, rng));
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> ScoreMatchingProblem.draw(DATA, new VpProcess(new LinearBetaSchedule(0.1, 20)),
                        0.05, 1.5, INPUTS, 10, rng));
        assertTrue(beyond.getMessage().contains("horizon"), beyond.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ScoreMatchingProblem.draw(DATA, PROCESS, T0, T, INPUTS, 0, rng));
        assertThrows(IllegalArgumentException.class, () -> ScoreMatchingProblem.draw(DATA, PROCESS,
                T0, T, InputMap.of(3, LogTimeEncoding.natural()), 10, rng));
        ScoreMatchingProblem p = TrainingFixtures.problem(10, 1);
        assertThrows(IllegalArgumentException.class, () -> new ScoreMatchingProblem(INPUTS,
                Matrix.zeros(10, 4), p.y(), p.times(), p.noisy(), T0, T, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScoreMatchingProblem(INPUTS,
                p.z(), p.y(), new double[9], p.noisy(), T0, T, 1, 0));
    }
}
