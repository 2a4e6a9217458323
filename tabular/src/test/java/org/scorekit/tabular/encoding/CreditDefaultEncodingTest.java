package org.scorekit.tabular.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.tabular.CreditDefault;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.split.TabSynSplit;

/**
 * The encoders on the Credit Default train split (27,000 rows, 14 numerical and 10 categorical
 * columns; spec/tabular-protocol.md §1.2): width 14 + 79 = 93, every numerical column on an
 * observed grid (LIMIT_BAL and AGE
 * on their sets of values, the others on integers), an exact round trip, and fit + encode + decode
 * within a wall-clock budget far above the measured ~0.2 s (docs/encoding.md). Skipped without
 * the data.
 */
class CreditDefaultEncodingTest {
    /** Seconds allowed for fit, encode and decode together, on a loaded 2-core machine. */
    private static final double BUDGET_SECONDS = 3.0;
    static Table train;

    @BeforeAll
    static void split() {
        Table all = CreditDefault.table();
        train = all.select(TabSynSplit.ninetyTen(all.rows()).apply(all).train());
    }

    @ParameterizedTest
    @EnumSource(Scaling.class)
    void theTrainSplitRoundTripsExactlyAndFast(Scaling scaling) {
        EncodingSpec spec = EncodingSpec.DEFAULT.withScaling(scaling);
        TableEncoder warmUp = TableEncoder.fit(train, spec);
        warmUp.decode(warmUp.encode(train));
        long start = System.nanoTime();
        TableEncoder encoder = TableEncoder.fit(train, spec);
        Matrix encoded = encoder.encode(train);
        Table decoded = encoder.decode(encoded);
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertTrue(seconds < BUDGET_SECONDS, "fit + encode + decode took " + seconds + " s");
        assertEquals(93, encoder.width());
        assertEquals(27_000, encoded.rows());
        TableEncoderTest.assertSameTable(train, decoded);
    }

    @ParameterizedTest
    @EnumSource(Scaling.class)
    void numericalColumnsDecodeOntoTheirObservedGrids(Scaling scaling) {
        TableEncoder encoder = TableEncoder.fit(train, EncodingSpec.DEFAULT.withScaling(scaling));
        for (ColumnEncoding c : encoder.columns()) {
            if (c instanceof NumericalEncoding n) {
                assertFalse(n.missing(), n.name());
                if (n.name().equals("LIMIT_BAL") || n.name().equals("AGE")) {
                    assertInstanceOf(ValueGrid.class, n.grid(), n.name());
                } else {
                    assertEquals(0, assertInstanceOf(DecimalGrid.class, n.grid()).decimals(),
                            n.name());
                }
            }
        }
        ValueGrid limits = (ValueGrid) ((NumericalEncoding) encoder.columns().get(0)).grid();
        assertEquals(81, limits.values().length);
        assertTrue(Arrays.binarySearch(limits.values(), 327_680) >= 0);
    }
}
