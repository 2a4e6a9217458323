package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlotsTest {
    @Test
    void lossCurveUsesALogAxisOnlyWhenEveryValueIsPositive() {
        Figure positive = Plots.trainingLoss(CsvTable.parse("h.csv",
                "step,train_loss,validation_loss\n0,10,\n1,5,6\n2,2,\n")).orElseThrow();
        assertEquals("training-loss", positive.name());
        assertTrue(positive.caption().endsWith("were evaluated."), positive.caption());
        Figure negative = Plots.trainingLoss(CsvTable.parse("h.csv",
                "step,train_loss\n0,1\n1,-0.5\n")).orElseThrow();
        assertTrue(negative.caption().contains("linear axis"), negative.caption());
    }

    @Test
    void curvesWithoutFiniteValuesDrawNothing() {
        assertEquals(Optional.empty(), Plots.trainingLoss(CsvTable.parse("h.csv", "step\n0\n")));
        assertEquals(Optional.empty(),
                Plots.trainingLoss(CsvTable.parse("h.csv", "step,train_loss\n0,\n1,\n")));
        assertEquals(Optional.empty(), Plots.scoreError(CsvTable.parse("s.csv", "learned\n1\n")));
        assertEquals(Optional.empty(), Plots.scoreError(CsvTable.parse("s.csv", "t\n0.5\n")));
        assertTrue(Plots.scoreError(CsvTable.parse("s.csv", "t,untrained\n0.5,2\n")).isPresent());
    }

    @Test
    void degenerateCurvesStillRender() {
        assertTrue(Plots.trainingLoss(CsvTable.parse("h.csv", "step,train_loss\n0,5\n"))
                .isPresent());
        assertTrue(Plots.trainingLoss(CsvTable.parse("h.csv", "step,train_loss\n0,5\n1,5\n"))
                .isPresent());
        assertTrue(Plots.scoreError(CsvTable.parse("s.csv", "t,learned\n0.1,0\n0.2,0\n"))
                .isPresent());
        CsvTable point = CsvTable.parse("s.csv", "x1,x2\n1,1\n");
        assertEquals(1, SamplePlots.of(Optional.of(point), Optional.empty(), Optional.of(point))
                .size());
        CsvTable constant = CsvTable.parse("s.csv", "x1\n3\n3\n");
        assertEquals(1, SamplePlots.of(Optional.of(constant), Optional.of(constant),
                Optional.empty()).size());
    }

    @Test
    void curvesDropPointsWithAnEmptyCoordinate() {
        Curve c = Curve.finite("c", new double[] {0, 1, Double.NaN, 3},
                new double[] {1, Double.NaN, 2, 4});
        assertArrayEquals(new double[] {0, 3}, c.x());
        assertArrayEquals(new double[] {1, 4}, c.y());
    }

    @Test
    void axisRangesRoundOutwardToShortNumbers() {
        assertArrayEquals(new double[] {-4, 3}, Plots.roundedOutward(-3.19329, 2.85), 1e-12);
        assertArrayEquals(new double[] {0.1, 0.5}, Plots.roundedOutward(0.12, 0.48), 1e-12);
        assertArrayEquals(new double[] {2, 2}, Plots.roundedOutward(2, 2));
    }

    @Test
    void higherDimensionalSamplesPlotTheFirstTwoCoordinates() {
        CsvTable samples = CsvTable.parse("samples.csv", "x1,x2,x3\n0,1,2\n1,0,2\n-1,0,1\n");
        List<Figure> figures =
                SamplePlots.of(Optional.of(samples), Optional.empty(), Optional.empty());
        assertEquals(1, figures.size());
        assertEquals("samples", figures.get(0).name());
        assertTrue(figures.get(0).caption().contains("(first two of 3 coordinates)"));
    }

    @Test
    void emptyOrMismatchedSampleFilesAreSkipped() {
        CsvTable empty2d = CsvTable.parse("samples.csv", "x1,x2\n");
        CsvTable oneColumn = CsvTable.parse("samples-exact.csv", "x1\n0.5\n");
        CsvTable reference = CsvTable.parse("reference.csv", "x1,x2\n0,0\n1,1\n");
        assertEquals(List.of(), SamplePlots.of(Optional.of(empty2d), Optional.of(oneColumn),
                Optional.of(reference)));
        assertEquals(List.of(), SamplePlots.of(Optional.of(CsvTable.parse("s.csv", "x1\n")),
                Optional.empty(), Optional.of(CsvTable.parse("r.csv", "x1\n1\n"))));
    }

    @Test
    void noSampleFilesGiveNoFigures() {
        assertEquals(List.of(), SamplePlots.of(Optional.empty(), Optional.empty(),
                Optional.of(CsvTable.parse("reference.csv", "x1\n0\n"))));
    }
}
