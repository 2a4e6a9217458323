package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Schema;
import org.scorekit.tabular.Table;

/** α-precision / β-recall: numpy quantiles, the explicit-loop formula, extremes, features. */
class AlphaPrecisionTest {
    @Test
    void quantilesAndLevelsFollowNumpy() {
        // np.quantile([4, 1, 3, 2], [0, 1/3, 0.5, 0.9, 1]) = [1, 2, 2.5, 3.7, 4]
        assertArrayEquals(new double[] {1, 2, 2.5, 3.7, 4}, AlphaPrecision.quantiles(
                new double[] {4, 1, 3, 2}, new double[] {0, 1.0 / 3, 0.5, 0.9, 1}), 1e-15);
        double[] alphas = AlphaPrecision.alphas();
        assertEquals(30, alphas.length);
        assertEquals(1.0 / 29, alphas[1]);
        assertEquals(1.0, alphas[29]);
    }

    @Test
    void matchesTheFormulaWithExplicitLoops() {
        Rng rng = Rng.of(41);
        Matrix real = rng.fork("real").gaussian(300, 5);
        Matrix synthetic = rng.fork("synthetic").gaussian(300, 5);
        // Exact copies (one inside real, one across) exercise d_rs = d_rr = 0.
        System.arraycopy(real.data(), 0, real.data(), 5 * 5, 5);
        System.arraycopy(real.data(), 10 * 5, synthetic.data(), 20 * 5, 5);
        PrecisionRecall fast = AlphaPrecision.compute(real, synthetic);
        PrecisionRecall naive = NaiveAlphaPrecision.compute(real, synthetic);
        assertEquals(naive.alphaPrecision(), fast.alphaPrecision(), 1e-12);
        assertEquals(naive.betaRecall(), fast.betaRecall(), 1e-12);
        assertTrue(fast.alphaPrecision() > 0.5 && fast.betaRecall() > 0.1, fast.toString());
    }

    @Test
    void unequalRowCountsFollowTheSameFormula() {
        Rng rng = Rng.of(44);
        Matrix real = rng.fork("real").gaussian(300, 4);
        for (int rows : new int[] {37, 301, 900}) {
            Matrix synthetic = rng.fork("synthetic-" + rows).gaussian(rows, 4);
            PrecisionRecall fast = AlphaPrecision.compute(real, synthetic);
            PrecisionRecall naive = NaiveAlphaPrecision.compute(real, synthetic);
            assertEquals(naive.alphaPrecision(), fast.alphaPrecision(), 1e-12, rows + " rows");
            assertEquals(naive.betaRecall(), fast.betaRecall(), 1e-12, rows + " rows");
        }
    }

    @Test
    void farAwaySyntheticRowsScoreZero() {
        Matrix real = Rng.of(42).gaussian(50, 3);
        Matrix far = Rng.of(43).gaussian(50, 3);
        for (int i = 0; i < far.data().length; i++) {
            far.data()[i] += 100;
        }
        PrecisionRecall r = AlphaPrecision.compute(real, far);
        assertEquals(0.0, r.alphaPrecision());
        assertEquals(0.0, r.betaRecall());
    }

    @Test
    void naiveFeaturesFillScaleAndDropTheLastIndicator() {
        Schema schema = new Schema(new LinkedHashMap<>(Map.of("x", ColumnType.NUMERICAL,
                "y", ColumnType.TARGET)), List.of());
        Table real = Table.of(schema, List.of(Column.numerical("x", new double[] {1, 3, Double.NaN}),
                Column.categorical("y", ColumnType.TARGET, new int[] {0, 1, 1}, List.of("0", "1"))));
        NaiveFeatures f = NaiveFeatures.of(real, real);
        // x: NaN -> mean 2, min-max [1, 3] -> 0, 1, 0.5; y: indicator of "0" (that of "1" dropped).
        assertArrayEquals(new double[] {0, 1, 1, 0, 0.5, 0}, f.real().data());
        Table other = Table.of(schema, List.of(Column.numerical("x", new double[] {1, 2, 3}),
                Column.categorical("y", ColumnType.TARGET, new int[] {0, 1, 2},
                        List.of("0", "1", "2"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NaiveFeatures.of(real, other));
        assertEquals("the synthetic table the table row 3 (column 'y'): category '2' is not in "
                + "the table; α-precision/β-recall cannot score it", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AlphaPrecision.compute(real.select(new int[] {0}), real));
    }
}
