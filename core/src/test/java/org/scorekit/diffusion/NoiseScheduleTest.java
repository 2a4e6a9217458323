package org.scorekit.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoiseScheduleTest {
    private static final double COSINE_OFFSET = 0.008;

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of(new ConstantSchedule(1.0), new double[] {1e-3, 0.05, 0.5, 3, 12}),
                Arguments.of(new ConstantSchedule(2.5), new double[] {1e-3, 0.7, 4}),
                Arguments.of(new LinearBetaSchedule(0.1, 20), new double[] {1e-3, 0.1, 0.5, 0.9, 0.99}),
                Arguments.of(new CosineSchedule(COSINE_OFFSET), new double[] {1e-3, 0.1, 0.5, 0.9, 0.99}));
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void rateIsTheDerivativeOfTheIntegratedRate(NoiseSchedule schedule, double[] times) {
        for (double t : times) {
            double eps = 1e-6 * Math.min(1.0, t);
            double numeric = (schedule.integratedRate(t + eps) - schedule.integratedRate(t - eps))
                    / (2 * eps);
            double g = schedule.rate(t);
            assertTrue(g > 0, "rate must be positive at " + t);
            assertEquals(g, numeric, 1e-6 * g, schedule.name() + " G'(" + t + ")");
        }
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void integratedRateStartsAtZeroAndIncreases(NoiseSchedule schedule, double[] times) {
        assertEquals(0.0, schedule.integratedRate(0.0), 1e-15);
        double previous = 0;
        for (double t : times) {
            double big = schedule.integratedRate(t);
            assertTrue(big > previous, schedule.name() + " G must increase at " + t);
            previous = big;
        }
    }

    @Test
    void closedFormsOfTheSpecTable() {
        double t = 0.37;
        assertEquals(1.3 * t, new ConstantSchedule(1.3).integratedRate(t), 1e-15);
        assertEquals(0.1 * t + 0.5 * 19.9 * t * t, new LinearBetaSchedule(0.1, 20).integratedRate(t),
                1e-14);
        assertEquals(0.1 + t * 19.9, new LinearBetaSchedule(0.1, 20).rate(t), 1e-14);
        double u = (t + COSINE_OFFSET) / (1 + COSINE_OFFSET) * Math.PI / 2;
        double u0 = COSINE_OFFSET / (1 + COSINE_OFFSET) * Math.PI / 2;
        double alpha = Math.cos(u) / Math.cos(u0);
        assertEquals(-2 * Math.log(alpha), new CosineSchedule(COSINE_OFFSET).integratedRate(t), 1e-13);
        assertEquals(Math.PI / (1 + COSINE_OFFSET) * Math.tan(u),
                new CosineSchedule(COSINE_OFFSET).rate(t), 1e-13);
    }

    @Test
    void cosineValuesOfTheSpecNotes() {
        // spec §1: g(0) ≈ 0.039; α(0.99)² ≈ 2.4e-4, g(0.99) ≈ 200; α(0.999)² ≈ 2.4e-6,
        // g(0.999) ≈ 2000 (two significant digits quoted, hence the tolerances).
        CosineSchedule cosine = new CosineSchedule(COSINE_OFFSET);
        assertEquals(0.039, cosine.rate(0), 0.0005);
        assertEquals(2.4e-4, Math.exp(-cosine.integratedRate(0.99)), 0.05e-4);
        assertEquals(200, cosine.rate(0.99), 1.0);
        assertEquals(2.4e-6, Math.exp(-cosine.integratedRate(0.999)), 0.05e-6);
        assertEquals(2000, cosine.rate(0.999), 10);
    }

    @Test
    void linearEndpointOfTheSpecNotes() {
        // spec §1: α(1)² ≈ 4.3e-5 for b_min = 0.1, b_max = 20.
        assertEquals(4.3e-5, Math.exp(-new LinearBetaSchedule(0.1, 20).integratedRate(1.0)), 0.05e-5);
    }

    @Test
    void cosineIntegratedRateIsAccurateForTinyTimes() {
        // G(t) = g(0) t + g'(0) t²/2 + O(t³), g'(0) = (π/(1+s)) (π/(2(1+s))) sec² u(0).
        // A direct −2 log(cos u(t)/cos u(0)) loses ~5e-6 relative accuracy at t = 1e-9.
        CosineSchedule cosine = new CosineSchedule(COSINE_OFFSET);
        double u0 = COSINE_OFFSET / (1 + COSINE_OFFSET) * Math.PI / 2;
        double c = Math.PI / (1 + COSINE_OFFSET);
        double slope = c * (Math.PI / (2 * (1 + COSINE_OFFSET))) / (Math.cos(u0) * Math.cos(u0));
        for (double t : new double[] {1e-12, 1e-9, 1e-6}) {
            double series = c * Math.tan(u0) * t + 0.5 * slope * t * t;
            assertEquals(series, cosine.integratedRate(t), 1e-12 * series, "G(" + t + ")");
        }
    }

    @Test
    void namesAndHorizons() {
        assertEquals("constant", new ConstantSchedule(1).name());
        assertEquals("linear", new LinearBetaSchedule(0.1, 20).name());
        assertEquals("cosine", new CosineSchedule(COSINE_OFFSET).name());
        assertEquals(Double.POSITIVE_INFINITY, new ConstantSchedule(1).maxTime());
        assertEquals(1.0, new LinearBetaSchedule(0.1, 20).maxTime());
        CosineSchedule cosine = new CosineSchedule(COSINE_OFFSET);
        assertTrue(cosine.maxTime() < 1.0);
        assertTrue(Double.isFinite(cosine.rate(cosine.maxTime())));
        assertTrue(Double.isFinite(cosine.integratedRate(cosine.maxTime())));
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ConstantSchedule(0));
        assertThrows(IllegalArgumentException.class, () -> new ConstantSchedule(-1));
        assertThrows(IllegalArgumentException.class, () -> new ConstantSchedule(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new ConstantSchedule(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new LinearBetaSchedule(0, 20));
        assertThrows(IllegalArgumentException.class, () -> new LinearBetaSchedule(0.1, Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinearBetaSchedule(20, 0.1));
        assertTrue(e.getMessage().contains("betaMax"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CosineSchedule(0));
        assertThrows(IllegalArgumentException.class, () -> new CosineSchedule(-0.008));
    }
}
