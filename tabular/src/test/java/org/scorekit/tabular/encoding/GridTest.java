package org.scorekit.tabular.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.random.Rng;

/** The observed-grid rule of docs/encoding.md on columns generated here. */
class GridTest {
    private static final long[] STEPS = {1, 2, 5, 25, 1000, 7};

    /**
     * A column on a random grid (step s · 10^−d, offset o) with 200 values: the rule recovers
     * exactly that step. It could only find a multiple of it if every distance from the minimum
     * shared a prime factor p, probability at most Σ_p p^−199 &lt; 10^−59 per seed.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aGeneratedDecimalGridIsRecovered(long seed) {
        Rng rng = Rng.of(seed);
        int decimals = rng.nextInt(5);
        long step = STEPS[rng.nextInt(STEPS.length)];
        long offset = rng.nextInt(2_000_001) - 1_000_000;
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            long units = offset + step * rng.nextInt(500);
            values[i] = new BigDecimal(units).movePointLeft(decimals).doubleValue();
        }
        Arrays.sort(values);
        DecimalGrid grid = assertInstanceOf(DecimalGrid.class, Grid.observed(values, 20));
        assertEquals(0, new BigDecimal(step).movePointLeft(decimals).compareTo(
                new BigDecimal(grid.step()).movePointLeft(grid.decimals())), grid.toString());
        for (double v : values) {
            assertEquals(v, grid.snap(v));
            assertEquals(v, grid.snap(Math.nextUp(v)));
        }
    }

    @Test
    void integersMultiplesOfAHalfAndOfAThousand() {
        assertEquals(new DecimalGrid(-3, 1, 31, 0), Grid.observed(range(-3, 27, 1), 20));
        assertEquals(new DecimalGrid(-100, 5, 61, 1), Grid.observed(range(-10, 20, 0.5), 20));
        assertEquals(new DecimalGrid(10_000, 1000, 991, 0),
                Grid.observed(range(10_000, 1_000_000, 1000), 20));
    }

    @Test
    void aFewRepeatedValuesAreAValueSetButFewDistinctOnesAreNot() {
        double[] doses = {0.5, 0.5, 1, 1, 2, 5, 5, 5, 10, 10};
        ValueGrid set = assertInstanceOf(ValueGrid.class, Grid.observed(doses, 20));
        assertArrayEquals(new double[] {0.5, 1, 2, 5, 10}, set.values());
        assertInstanceOf(DecimalGrid.class, Grid.observed(doses, 4));
        // Five distinct values in six cells do not repeat enough to be a value set.
        assertInstanceOf(DecimalGrid.class, Grid.observed(new double[] {1, 2, 2, 3, 4, 8}, 20));
    }

    @Test
    void fullPrecisionOrHugeValuesHaveOnlyARangeAndFineDecimalsAFineGrid() {
        double[] values = {-1.2345678901234567, 0.1 + 0.2, Math.PI, 1e300};
        assertEquals(new Range(-1.2345678901234567, 1e300), Grid.observed(values, 2));
        double[] huge = {0, 1, 2, 0x1p60};
        assertEquals(new Range(0, 0x1p60), Grid.observed(huge, 2));
        double[] fine = {1e-9, 2e-7, 3e-5, 4};
        assertEquals(new DecimalGrid(1, 1, 4_000_000_000L, 9), Grid.observed(fine, 2));
    }

    @Test
    void snappingPicksTheNearestPointTheLowerOnATieAndStaysInRange() {
        Grid halves = new DecimalGrid(-100, 5, 61, 1);
        assertEquals(1.5, halves.snap(1.74));
        assertEquals(1.5, halves.snap(1.75));
        assertEquals(2.0, halves.snap(1.76));
        assertEquals(-10.0, halves.snap(-1e12));
        assertEquals(20.0, halves.snap(Double.MAX_VALUE));
        Grid set = new ValueGrid(new double[] {1, 2.5, 4, 10});
        assertEquals(2.5, set.snap(3.25));
        assertEquals(4.0, set.snap(3.26));
        assertEquals(1.0, set.snap(-7));
        assertEquals(10.0, set.snap(70));
        assertEquals(3.0, new Range(-1, 3).snap(3.5));
    }

    @Test
    void gridsRejectImpossibleFields() {
        assertThrows(IllegalArgumentException.class, () -> new DecimalGrid(0, 0, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new DecimalGrid(0, 1, 3, 16));
        assertThrows(IllegalArgumentException.class, () -> new DecimalGrid(1L << 53, 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new ValueGrid(new double[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> new Range(2, 1));
    }

    private static double[] range(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = from + i * step;
        }
        return out;
    }
}
