package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.Schema;
import org.scorekit.tabular.SchemaInference;
import org.scorekit.tabular.SchemaOverrides;
import org.scorekit.tabular.Table;

/** Shape and Trend: fixed points, the independent-binning quirk and the layout check. */
class ShapeTrendTest {
    /** x numerical (0.5..39.5 + shift), y = 2x + small wobble, g a category following x or not. */
    static Table table(double shift, boolean followX) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = i + 0.5 + shift;
            rows.add(new String[] {Double.toString(x), Double.toString(2 * x + (i % 3)),
                followX ? (i < 20 ? "lo" : "hi") : (i % 2 == 0 ? "lo" : "hi")});
        }
        RawTable raw = RawTable.of("t.csv", List.of("x", "y", "g"), rows);
        Schema schema = SchemaInference.infer(raw, SchemaOverrides.NONE);
        return Table.from(raw, schema);
    }

    @Test
    void aTableAgainstItselfScoresExactlyOne() {
        Table t = table(0, true);
        assertEquals(1.0, Shape.compute(t, t).score());
        assertEquals(1.0, Trend.compute(t, t).score());
        assertEquals(3, Trend.compute(t, t).parts().size());
    }

    @Test
    void permutingColumnsKeepsShapeAndBreaksTrend() {
        Table t = table(0, true);
        Table p = t.withColumnsPermuted(Rng.of(5));
        assertEquals(1.0, Shape.compute(t, p).score());
        assertTrue(Trend.compute(t, p).score() < 0.9, "dependence destroyed");
    }

    @Test
    void mixedPairsAreBinnedInEachTableIndependently() {
        // Shifting x by 1000 moves every value out of the real range: KS sees it, but the mixed
        // pair (x, g) is binned on each table's own [min, max] and matches perfectly (§3.2).
        Table real = table(0, true);
        Table shifted = table(1000, true);
        Scores<ColumnScore> shape = Shape.compute(real, shifted);
        assertEquals(0.0, shape.parts().get(0).score());
        PairScore xg = Trend.compute(real, shifted).parts().get(1);
        assertEquals("x", xg.first());
        assertEquals("g", xg.second());
        assertEquals(1.0, xg.score());
        PairScore xgBroken = Trend.compute(real, table(0, false)).parts().get(1);
        // real: x bins 1..5 all "lo", 6..11 "hi"; other: "lo"/"hi" alternate; exactly half the
        // mass moves, so the score is 1/2.
        assertEquals(0.5, xgBroken.score(), 1e-12);
    }

    @Test
    void differentColumnsAreRejected() {
        Table t = table(0, true);
        RawTable raw = RawTable.of("s.csv", List.of("x", "z", "g"),
                List.<String[]>of(new String[] {"1.5", "2.5", "a"}, new String[] {"2.5", "3.5", "b"}));
        Table other = Table.from(raw, SchemaInference.infer(raw, SchemaOverrides.NONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shape.compute(t, other));
        assertEquals("the synthetic table s.csv (column 'y'): expected a numerical column as in "
                + "t.csv, got none", e.getMessage());
    }
}
