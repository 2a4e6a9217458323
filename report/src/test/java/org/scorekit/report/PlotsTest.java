package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorekit.csv.EmptyCells;
import org.scorekit.csv.NumericTable;

class PlotsTest {
    @Test
    void lossCurveUsesALogAxisOnlyWhenEveryValueIsPositive() {
        Figure positive = Plots.trainingLoss(table("h.csv",
                "step,train_loss,validation_loss\n0,10,\n1,5,6\n2,2,\n"), 100).orElseThrow();
        assertEquals("training-loss", positive.name());
        assertTrue(positive.caption().endsWith("were evaluated."), positive.caption());
        Figure negative = Plots.trainingLoss(table("h.csv",
                "step,train_loss\n0,1\n1,-0.5\n"), 100).orElseThrow();
        assertTrue(negative.caption().contains("linear axis"), negative.caption());
    }

    @Test
    void trainingLossIsDrawnPerSampleOnTheValidationScale() {
        // 2 L / N with N = 4: the sum loss 10 of 4 triples is 5 per sample.
        Figure f = Plots.trainingLoss(table("h.csv", "step,train_loss\n0,10\n1,4\n"), 4)
                .orElseThrow();
        assertTrue(f.caption().startsWith("Training loss per sample"), f.caption());
    }

    @Test
    void curvesWithoutFiniteValuesDrawNothing() {
        assertEquals(Optional.empty(), Plots.trainingLoss(table("h.csv", "step\n0\n"), 100));
        assertEquals(Optional.empty(),
                Plots.trainingLoss(table("h.csv", "step,train_loss\n0,\n1,\n"), 100));
        assertEquals(Optional.empty(), Plots.scoreError(table("s.csv", "learned\n1\n")));
        assertEquals(Optional.empty(), Plots.scoreError(table("s.csv", "t\n0.5\n")));
        assertTrue(Plots.scoreError(table("s.csv", "t,untrained\n0.5,2\n")).isPresent());
    }

    @Test
    void degenerateCurvesStillRender() {
        assertTrue(Plots.trainingLoss(table("h.csv", "step,train_loss\n0,5\n"), 100)
                .isPresent());
        assertTrue(Plots.trainingLoss(table("h.csv", "step,train_loss\n0,5\n1,5\n"), 100)
                .isPresent());
        assertTrue(Plots.scoreError(table("s.csv", "t,learned\n0.1,0\n0.2,0\n"))
                .isPresent());
        NumericTable point = table("s.csv", "x1,x2\n1,1\n");
        assertEquals(1, SamplePlots.of(Optional.of(point), Optional.empty(), Optional.of(point))
                .size());
        NumericTable constant = table("s.csv", "x1\n3\n3\n");
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
        NumericTable samples = table("samples.csv", "x1,x2,x3\n0,1,2\n1,0,2\n-1,0,1\n");
        List<Figure> figures =
                SamplePlots.of(Optional.of(samples), Optional.empty(), Optional.empty());
        assertEquals(1, figures.size());
        assertEquals("samples", figures.get(0).name());
        assertTrue(figures.get(0).caption().contains("(first two of 3 coordinates)"));
    }

    @Test
    void emptyOrMismatchedSampleFilesAreSkipped() {
        NumericTable empty2d = table("samples.csv", "x1,x2\n");
        NumericTable oneColumn = table("samples-exact.csv", "x1\n0.5\n");
        NumericTable reference = table("reference.csv", "x1,x2\n0,0\n1,1\n");
        assertEquals(List.of(), SamplePlots.of(Optional.of(empty2d), Optional.of(oneColumn),
                Optional.of(reference)));
        assertEquals(List.of(), SamplePlots.of(Optional.of(table("s.csv", "x1\n")),
                Optional.empty(), Optional.of(table("r.csv", "x1\n1\n"))));
    }

    @Test
    void noSampleFilesGiveNoFigures() {
        assertEquals(List.of(), SamplePlots.of(Optional.empty(), Optional.empty(),
                Optional.of(table("reference.csv", "x1\n0\n"))));
    }

    private static NumericTable table(String source, String text) {
        return NumericTable.parse(source, text, EmptyCells.NAN);
    }
}
