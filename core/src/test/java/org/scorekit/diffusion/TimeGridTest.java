package org.scorekit.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeGridTest {

    private static void assertStrictlyDecreasing(TimeGrid grid) {
        for (int i = 1; i <= grid.steps(); i++) {
            assertTrue(grid.time(i) < grid.time(i - 1), "not decreasing at " + i);
        }
    }

    @Test
    void uniformGridHasExactEndpointsAndEqualSteps() {
        TimeGrid grid = TimeGrid.uniform(12.0, 0.05, 200);
        assertEquals(200, grid.steps());
        assertEquals(201, grid.times().length);
        assertEquals(12.0, grid.time(0));
        assertEquals(0.05, grid.time(200));
        assertStrictlyDecreasing(grid);
        double step = (12.0 - 0.05) / 200;
        for (int i = 1; i <= 200; i++) {
            assertEquals(step, grid.time(i - 1) - grid.time(i), 1e-12);
        }
    }

    @Test
    void logGridHasExactEndpointsAndEqualLogSteps() {
        TimeGrid grid = TimeGrid.logSpaced(12.0, 0.05, 100);
        assertEquals(100, grid.steps());
        assertEquals(12.0, grid.time(0));
        assertEquals(0.05, grid.time(100));
        assertStrictlyDecreasing(grid);
        double ratio = Math.log(12.0 / 0.05) / 100;
        for (int i = 1; i <= 100; i++) {
            assertEquals(ratio, Math.log(grid.time(i - 1) / grid.time(i)), 1e-12);
        }
        assertTrue(grid.time(99) - grid.time(100) < grid.time(0) - grid.time(1),
                "a log grid is densest near the end time");
    }

    @Test
    void oneStepGridsAreTheTwoEndpoints() {
        assertEquals(2, TimeGrid.uniform(1.0, 0.5, 1).times().length);
        assertEquals(0.5, TimeGrid.logSpaced(1.0, 0.5, 1).time(1));
    }

    @Test
    void factoriesRejectBadWindows() {
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.uniform(1.0, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.uniform(0.1, 1.0, 10));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.uniform(1.0, 1.0, 10));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.uniform(1.0, 0.0, 10));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.logSpaced(1.0, -0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.logSpaced(1.0, 0.1, -2));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.uniform(Double.NaN, 0.1, 10));
    }

    @Test
    void constructorRejectsInvalidGrids() {
        assertThrows(IllegalArgumentException.class, () -> new TimeGrid(new double[] {1.0}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeGrid(new double[] {1.0, 0.5, 0.5}));
        assertTrue(e.getMessage().contains("strictly decreasing"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TimeGrid(new double[] {0.5, 1.0}));
        assertThrows(IllegalArgumentException.class, () -> new TimeGrid(new double[] {1.0, 0.0}));
        assertThrows(IllegalArgumentException.class,
                () -> new TimeGrid(new double[] {Double.POSITIVE_INFINITY, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> new TimeGrid(new double[] {1.0, Double.NaN}));
    }

    @Test
    void timesAreDefensivelyCopied() {
        double[] source = {2.0, 1.0, 0.5};
        TimeGrid grid = new TimeGrid(source);
        source[1] = 7.0;
        grid.times()[2] = 9.0;
        assertEquals(1.0, grid.time(1));
        assertEquals(0.5, grid.time(2));
    }
}
