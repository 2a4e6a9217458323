package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramsTest {
    @Test
    void densityIntegratesToTheFractionInsideTheRange() {
        double[] values = {0.1, 0.2, 0.6, 0.9, 1.0, 5.0};
        double[] density = Histograms.density(values, 0, 1, 4);
        assertArrayEquals(new double[] {2, 0, 1, 2}, scaled(density, 6 * 0.25), 1e-12);
        assertEquals(5.0 / 6, Arrays.stream(density).sum() * 0.25, 1e-12);
    }

    @Test
    void stepCurveDrawsEachBinFromEdgeToEdge() {
        double[][] step = Histograms.stepCurve(new double[] {1, 3}, 0, 2);
        assertArrayEquals(new double[] {0, 1, 1, 2}, step[0], 1e-12);
        assertArrayEquals(new double[] {1, 1, 3, 3}, step[1], 1e-12);
    }

    @Test
    void centralRangeDropsTheTailsAndWidensAConstant() {
        double[] hundred = new double[101];
        Arrays.setAll(hundred, i -> i);
        assertArrayEquals(new double[] {1, 99}, Histograms.centralRange(List.of(hundred), 0.01));
        assertArrayEquals(new double[] {2.5, 3.5},
                Histograms.centralRange(List.of(new double[] {3, 3})));
        assertArrayEquals(new double[] {0, 1}, Histograms.centralRange(List.of()));
        // 1e36 ± 0.5 is 1e36 again: the widening grows with the magnitude, so bins keep a width
        double[] huge = Histograms.centralRange(List.of(new double[] {1e36, 1e36}));
        assertArrayEquals(new double[] {1e36 - 1e30, 1e36 + 1e30}, huge);
        assertTrue(Double.isFinite(Histograms.density(new double[] {1e36}, huge[0], huge[1], 10)[5]));
        assertEquals(10, Histograms.binCount(List.of(new double[4])));
        assertEquals(45, Histograms.binCount(List.of(new double[2000], new double[5000])));
        assertEquals(60, Histograms.binCount(List.of(new double[100_000])));
    }

    @Test
    void scatterSubsampleIsEvenlySpacedAndCapped() {
        double[][] rows = new double[10_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i, -i};
        }
        double[][] kept = SamplePlots.evenly(rows, SamplePlots.MAX_SCATTER_POINTS);
        assertEquals(3000, kept.length);
        assertEquals(0, kept[0][0]);
        assertEquals(3333, kept[1000][0]);
        assertEquals(9996, kept[2999][0]);
        assertSame(rows, SamplePlots.evenly(rows, 10_000));
    }

    private static double[] scaled(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }
}
