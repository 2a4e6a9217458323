package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;

/** Hand-computed cases of the column and pair statistics of spec §3.1–§3.2. */
class ColumnMetricsTest {
    static Column categories(String... values) {
        List<String> levels = java.util.Arrays.stream(values).sorted().distinct().toList();
        return Column.categorical("c", ColumnType.CATEGORICAL,
                java.util.Arrays.stream(values).mapToInt(levels::indexOf).toArray(), levels);
    }

    @Test
    void ksComplementIsOneMinusTheLargestEcdfGap() {
        assertEquals(2.0 / 3, KsComplement.score(new double[] {1, Double.NaN, 2, 3},
                new double[] {2, 3, 4}), 1e-15);
        assertEquals(0.75, KsComplement.score(new double[] {0, 0, 1, 1}, new double[] {0, 1, 1, 1}));
        assertEquals(0.0, KsComplement.score(new double[] {1, 2}, new double[] {3, 4}));
        assertEquals(1.0, KsComplement.score(new double[] {3, 1, 2}, new double[] {2, 3, 1}));
        assertEquals(Double.NaN, KsComplement.score(new double[] {Double.NaN}, new double[] {1}));
    }

    @Test
    void tvComplementHalvesTheL1GapOfFrequencies() {
        assertEquals(0.75, TvComplement.score(categories("a", "a", "b", "b"),
                categories("a", "b", "b", "b")));
        assertEquals(1.0, TvComplement.score(categories("b", "a"), categories("a", "b")));
    }

    @Test
    void tvComplementGivesASyntheticOnlyCategoryThePseudoCount() {
        // real {a: 2, c: 1e-6}, total 2.000001; synthetic {a: 1/2, c: 1/2}.
        double fa = 2 / 2.000001;
        double fc = 1e-6 / 2.000001;
        double expected = 1 - 0.5 * (Math.abs(0.5 - fa) + Math.abs(0.5 - fc));
        assertEquals(expected, TvComplement.score(categories("a", "a"), categories("a", "c")), 1e-15);
        assertEquals(0.50000049999975, expected, 1e-13);
    }

    @Test
    void pearsonAndCorrelationSimilarity() {
        assertEquals(0.8, CorrelationSimilarity.pearson(new double[] {1, 2, 3, 4},
                new double[] {1, 3, 2, 4}), 1e-15);
        assertEquals(-1.0, CorrelationSimilarity.pearson(new double[] {1, 2, 3, Double.NaN},
                new double[] {3, 2, 1, 0}), 1e-15);
        assertEquals(Double.NaN, CorrelationSimilarity.pearson(new double[] {1, 1, 1},
                new double[] {1, 2, 3}));
        assertEquals(0.5, CorrelationSimilarity.score(0.8, -0.2), 1e-15);
    }

    @Test
    void equalWidthBinsCountEdgesAtOrBelowTheValue() {
        assertArrayEquals(new int[] {1, 11, 6, 10, -1},
                EqualWidthBins.labels(new double[] {0, 10, 5, 9.99, Double.NaN}));
        // min = max: edges over [2.5, 3.5]; 3.0 = 2.5 + 5 · 0.1 exactly, so six edges are ≤ 3.
        assertArrayEquals(new int[] {6, 6}, EqualWidthBins.labels(new double[] {3, 3}));
        assertEquals(-1.0, EqualWidthBins.edges(new double[] {-1, 4})[0]);
        assertEquals(4.0, EqualWidthBins.edges(new double[] {-1, 4})[10]);
    }

    @Test
    void contingencySimilarityOverTheUnionOfCells() {
        assertEquals(0.5, ContingencySimilarity.score(new long[] {1, 1, 2, 3}, new long[] {1, 2, 2, 4}));
        assertEquals(1.0, ContingencySimilarity.score(new long[] {3, 1, 2}, new long[] {2, 3, 1}));
        assertEquals(0.0, ContingencySimilarity.score(new long[] {1}, new long[] {2}));
    }
}
