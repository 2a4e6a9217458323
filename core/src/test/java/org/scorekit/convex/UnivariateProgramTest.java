package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnivariateProgramTest {
    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void rejectsANonPositiveOrNanBeta() {
        double[] x = {0.0, 1.0};
        assertEquals("beta must be positive and finite: 0.0",
                message(() -> new UnivariateProgram(x, Activation.RELU, false, 0.0)));
        assertEquals("beta must be positive and finite: -2.0",
                message(() -> new UnivariateProgram(x, Activation.RELU, false, -2.0)));
        assertEquals("beta must be positive and finite: NaN",
                message(() -> new UnivariateProgram(x, Activation.RELU, false, Double.NaN)));
    }

    @Test
    void rejectsFewerThanTwoPoints() {
        assertEquals("points must hold at least 2 values: 1",
                message(() -> new UnivariateProgram(new double[] {0.5}, Activation.RELU, false, 2)));
        assertEquals("points must hold at least 2 values: 0",
                message(() -> new UnivariateProgram(new double[0], Activation.RELU, false, 2)));
    }

    @Test
    void rejectsDuplicateAndNonFinitePoints() {
        assertEquals("points must be distinct: 1.0 occurs 3 times", message(() ->
                new UnivariateProgram(new double[] {1, 1, 1}, Activation.ABSOLUTE_VALUE, false, 2)));
        assertEquals("points[1] must be finite: Infinity", message(() ->
                new UnivariateProgram(new double[] {1, Double.POSITIVE_INFINITY}, Activation.RELU,
                        false, 2)));
    }

    @Test
    void thresholdsFollowTheRecessionDirections() {
        double[] x = {0.0, 1.0, 3.0};
        assertEquals(1.0, new UnivariateProgram(x, Activation.RELU, false, 2).threshold());
        assertEquals(1.0, new UnivariateProgram(x, Activation.RELU, true, 2).threshold());
        assertEquals(1.0, new UnivariateProgram(x, Activation.ABSOLUTE_VALUE, false, 2).threshold());
        assertEquals(2.0, new UnivariateProgram(x, Activation.ABSOLUTE_VALUE, true, 2).threshold());
    }

    @Test
    void solverOptionsAreValidated() {
        assertEquals("maxIterations must be positive: 0",
                message(() -> new ActiveSetLasso.Options(0, 1e-9)));
        assertEquals("tolerance must be positive and finite: NaN",
                message(() -> new ActiveSetLasso.Options(10, Double.NaN)));
    }
}
