package org.scorekit.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.testkit.SampleMoments;
import org.scorekit.testkit.StatisticalAssert;

class VpProcessTest {

    static Stream<NoiseSchedule> schedules() {
        return Stream.of(new ConstantSchedule(1.0), new LinearBetaSchedule(0.1, 20),
                new CosineSchedule(0.008));
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void alphaAndHFollowFromTheIntegratedRate(NoiseSchedule schedule) {
        VpProcess process = new VpProcess(schedule);
        for (double t : new double[] {0.01, 0.2, 0.5, 0.9}) {
            double big = schedule.integratedRate(t);
            double alpha = process.alpha(t);
            assertEquals(Math.exp(-big / 2), alpha, 1e-15 * alpha);
            assertEquals(1 - alpha * alpha, process.h(t), 1e-14);
            assertEquals(schedule.rate(t), process.g(t));
        }
        assertEquals(1.0, process.alpha(0), 1e-300);
        assertEquals(0.0, process.h(0), 1e-300);
        assertEquals(schedule.maxTime(), process.horizon());
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void hHasNoCancellationAtTinyTimes(NoiseSchedule schedule) {
        // 1 − α² in floating point would carry a relative error ~1e-16/G ≈ 1e-7 at t = 1e-9.
        VpProcess process = new VpProcess(schedule);
        double t = 1e-9;
        double big = schedule.integratedRate(t);
        double series = big - big * big / 2 + big * big * big / 6;
        assertEquals(series, process.h(t), 1e-12 * series);
    }

    @Test
    void constantScheduleGivesTheOuMarginals() {
        VpProcess process = new VpProcess(new ConstantSchedule(2.0));
        double t = 0.8;
        assertEquals(Math.exp(-0.8), process.alpha(t), 1e-15);
        assertEquals(1 - Math.exp(-1.6), process.h(t), 1e-15);
    }

    @Test
    void marginalMomentsAreAlphaX0AndH() {
        // n = 100000 rows with the same x0; per coordinate E = α x0 (SE √(h/n)) and
        // Var = h (SE h √(2/n), the normal value). 4 checks at z = 4.5: false-failure
        // probability ≤ 2.7e-5.
        VpProcess process = new VpProcess(new LinearBetaSchedule(0.1, 20));
        int n = 100_000;
        double t = 0.3;
        double[] x0 = {1.5, -2.0};
        Matrix clean = Matrix.zeros(n, 2);
        for (int i = 0; i < n; i++) {
            clean.set(i, 0, x0[0]);
            clean.set(i, 1, x0[1]);
        }
        double[] times = new double[n];
        Arrays.fill(times, t);
        Matrix xt = process.marginal(clean, times, Rng.of(31).gaussian(n, 2));
        double alpha = process.alpha(t);
        double h = process.h(t);
        for (int k = 0; k < 2; k++) {
            SampleMoments m = SampleMoments.ofColumn(xt, k);
            StatisticalAssert.assertWithinStandardErrors("mean " + k, alpha * x0[k], m.mean(),
                    Math.sqrt(h / n));
            StatisticalAssert.assertWithinStandardErrors("variance " + k, h, m.variance(),
                    h * Math.sqrt(2.0 / n));
        }
    }

    @Test
    void marginalUsesOneTimePerRow() {
        VpProcess process = new VpProcess(new CosineSchedule(0.008));
        Matrix x0 = Matrix.of(new double[][] {{1, 2}, {-3, 0.5}, {0, 4}});
        Matrix noise = Matrix.of(new double[][] {{0.1, -0.2}, {1.5, 0.3}, {-0.7, 2}});
        double[] t = {0.05, 0.5, 0.95};
        Matrix xt = process.marginal(x0, t, noise);
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 2; k++) {
                double expected = process.alpha(t[i]) * x0.get(i, k)
                        + Math.sqrt(process.h(t[i])) * noise.get(i, k);
                assertEquals(expected, xt.get(i, k), 1e-15 * (1 + Math.abs(expected)));
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> process.marginal(x0, t, Matrix.zeros(3, 3)));
    }

    @Test
    void reverseDriftsFollowSpecSection12() {
        VpProcess process = new VpProcess(new LinearBetaSchedule(0.1, 20));
        Rng rng = Rng.of(8);
        Matrix y = rng.fork("y").gaussian(5, 3);
        Matrix score = rng.fork("s").gaussian(5, 3);
        Matrix yBefore = y.copy();
        Matrix scoreBefore = score.copy();
        double t = 0.6;
        double g = process.g(t);
        Matrix sde = process.reverseSdeDrift(y, score, t);
        Matrix flow = process.probabilityFlowDrift(y, score, t);
        assertNotSame(y, sde);
        for (int i = 0; i < y.data().length; i++) {
            double yi = y.data()[i];
            double si = score.data()[i];
            assertEquals(0.5 * g * yi + g * si, sde.data()[i], 1e-14 * g * (1 + Math.abs(yi) + Math.abs(si)));
            assertEquals(0.5 * g * (yi + si), flow.data()[i], 1e-14 * g * (1 + Math.abs(yi) + Math.abs(si)));
        }
        assertEquals(Math.sqrt(g), process.reverseSdeDiffusion(t), 1e-15);
        assertArrayEquals(yBefore.data(), y.data());
        assertArrayEquals(scoreBefore.data(), score.data());
        assertThrows(IllegalArgumentException.class,
                () -> process.reverseSdeDrift(y, Matrix.zeros(5, 2), t));
        assertThrows(IllegalArgumentException.class,
                () -> process.probabilityFlowDrift(y, Matrix.zeros(4, 3), t));
    }

    @Test
    void scheduleIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new VpProcess(null));
    }
}
