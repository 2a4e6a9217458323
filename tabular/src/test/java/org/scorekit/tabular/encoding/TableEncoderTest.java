package org.scorekit.tabular.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/** Round trips, the layout, decoding of arbitrary rows and the bad inputs of the table encoder. */
class TableEncoderTest {
    static Stream<Arguments> specs() {
        return Stream.of(Scaling.values()).flatMap(s -> Stream.of(OneHotLevels.values())
                .map(o -> Arguments.of(EncodingSpec.DEFAULT.withScaling(s).withOneHot(o))));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void encodeThenDecodeReturnsTheTableExactly(EncodingSpec spec) {
        Table train = GeneratedTables.mixed(Rng.of(16), 300);
        TableEncoder encoder = TableEncoder.fit(train, spec);
        assertSameTable(train, encoder.decode(encoder.encode(train)));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void aSingleRowTableRoundTrips(EncodingSpec spec) {
        Table one = GeneratedTables.mixed(Rng.of(3), 1);
        TableEncoder encoder = TableEncoder.fit(one, spec);
        assertSameTable(one, encoder.decode(encoder.encode(one)));
        Table decoded = encoder.decode(Rng.of(4).gaussian(20, encoder.width()));
        assertSameTable(one.select(new int[20]), decoded);
    }

    @Test
    void layoutIsOneCoordinatePerNumberPlusIndicatorsPerLevelAndMissingFlag() {
        Table train = GeneratedTables.mixed(Rng.of(16), 300);
        TableEncoder encoder = TableEncoder.fit(train, EncodingSpec.DEFAULT);
        assertEquals(List.of("count", "colour=NA", "colour=blue", "colour=green", "colour=red",
                "colour=violet", "half", "thousands", "price", "rating", "gappy", "gappy=NA",
                "constant", "y=0", "y=1"), encoder.coordinates());
        assertEquals(15, encoder.width());
        Matrix m = encoder.encode(train);
        double[] gappy = train.column("gappy").numbers();
        for (int i = 0; i < train.rows(); i++) {
            boolean missing = Double.isNaN(gappy[i]);
            assertEquals(missing ? 1.0 : -1.0, m.get(i, 11));
            if (missing) {
                assertEquals(0.0, m.get(i, 10));
            }
            double oneHot = 0;
            for (int c = 1; c <= 5; c++) {
                oneHot += m.get(i, c);
            }
            assertEquals(-3.0, oneHot);
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void arbitraryRowsDecodeOntoEachColumnsGridWithinTheTrainRange(EncodingSpec spec) {
        Table train = GeneratedTables.mixed(Rng.of(16), 300);
        TableEncoder encoder = TableEncoder.fit(train, spec);
        Matrix noise = Rng.of(5).gaussian(2000, encoder.width());
        for (int i = 0; i < noise.data().length; i++) {
            noise.data()[i] *= 3;
        }
        Table decoded = encoder.decode(noise);
        assertOnGrid(decoded, "count", 1, train);
        assertOnGrid(decoded, "half", 0.5, train);
        assertOnGrid(decoded, "thousands", 1000, train);
        assertOnGrid(decoded, "price", 0.001, train);
        assertOnGrid(decoded, "gappy", 1, train);
        for (double v : decoded.column("rating").numbers()) {
            assertTrue(v == 1 || v == 2.5 || v == 4 || v == 10, "rating " + v);
        }
        for (double v : decoded.column("constant").numbers()) {
            assertEquals(7.25, v);
        }
        assertTrue(Double.isNaN(decoded.column("gappy").numbers()[firstNan(decoded)]));
        assertEquals(train.column("colour").levels(), decoded.column("colour").occurring());
        assertEquals(ColumnType.TARGET, decoded.column("y").type());
    }

    @Test
    void missingNumbersAndUnknownCategoriesThatTheTrainTableLackedAreRejected() {
        Table train = GeneratedTables.of(List.of(Column.numerical("x", new double[] {1, 2, 3}),
                GeneratedTables.categorical("c", ColumnType.CATEGORICAL, new String[] {"a", "b", "a"})));
        TableEncoder encoder = TableEncoder.fit(train, EncodingSpec.DEFAULT);
        Table gap = GeneratedTables.of(List.of(Column.numerical("x", new double[] {1, Double.NaN}),
                GeneratedTables.categorical("c", ColumnType.CATEGORICAL, new String[] {"a", "b"})));
        assertEquals("the table row 2 (column 'x'): expected a number, got a missing cell, which "
                + "the train table's column did not have",
                assertThrows(IllegalArgumentException.class, () -> encoder.encode(gap)).getMessage());
        Table unknown = GeneratedTables.of(List.of(Column.numerical("x", new double[] {1, 2}),
                GeneratedTables.categorical("c", ColumnType.CATEGORICAL, new String[] {"a", "z"})));
        assertEquals("the table row 2 (column 'c'): category 'z' is not in the train table, which "
                + "the encoder was fitted on",
                assertThrows(IllegalArgumentException.class, () -> encoder.encode(unknown)).getMessage());
        Table retyped = GeneratedTables.of(List.of(Column.numerical("x", new double[] {1}),
                Column.numerical("c", new double[] {1})));
        assertEquals("the table (column 'c'): expected a categorical column, got a numerical one",
                assertThrows(IllegalArgumentException.class, () -> encoder.encode(retyped)).getMessage());
    }

    @Test
    void badMatricesAndEmptyColumnsAreRejected() {
        Table train = GeneratedTables.of(List.of(Column.numerical("x", new double[] {1, 2, 3})));
        TableEncoder encoder = TableEncoder.fit(train, EncodingSpec.DEFAULT);
        assertEquals("encoded row 2 coordinate 'x' must be finite: NaN", assertThrows(
                IllegalArgumentException.class, () -> encoder.decode(Matrix.of(
                        new double[][] {{0}, {Double.NaN}}))).getMessage());
        assertEquals("columns of the encoded matrix: expected 1, got 2", assertThrows(
                IllegalArgumentException.class, () -> encoder.decode(Matrix.zeros(1, 2))).getMessage());
        Table blank = GeneratedTables.of(List.of(Column.numerical("x", new double[] {Double.NaN})));
        assertEquals("numerical column 'x' must have a value in the train table, got only missing "
                + "cells (mark it ignored)", assertThrows(IllegalArgumentException.class,
                        () -> TableEncoder.fit(blank, EncodingSpec.DEFAULT)).getMessage());
    }

    @Test
    void withoutResolutionDecodingOnlyClips() {
        Table train = GeneratedTables.of(List.of(Column.numerical("x", new double[] {0, 1, 2, 10})));
        EncodingSpec spec = new EncodingSpec(Scaling.MIN_MAX, 0, EndTies.MIDPOINT,
                OneHotLevels.SIGNED, false, 20);
        TableEncoder encoder = TableEncoder.fit(train, spec);
        // z = 2 (x − 0) / 10 − 1: −0.93 stands for 0.35, off the integer grid; 1.5 for 12.5.
        double[] decoded = encoder.decode(Matrix.of(new double[][] {{-0.93}, {1.5}}))
                .column("x").numbers();
        assertEquals(0.35, decoded[0], 1e-12);
        assertEquals(10.0, decoded[1]);
        TableEncoder snapping = TableEncoder.fit(train, EncodingSpec.DEFAULT.withScaling(
                Scaling.MIN_MAX));
        assertEquals(0.0, snapping.decode(Matrix.of(new double[][] {{-0.93}})).column("x")
                .numbers()[0]);
    }

    static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.columns().size(), actual.columns().size());
        for (Column e : expected.columns()) {
            Column a = actual.column(e.name());
            assertEquals(e.type(), a.type());
            if (e.type() == ColumnType.NUMERICAL) {
                assertArrayEquals(e.numbers(), a.numbers(), e.name());
            } else {
                String[] es = new String[e.size()];
                String[] as = new String[a.size()];
                for (int i = 0; i < es.length; i++) {
                    es[i] = e.category(i);
                    as[i] = a.category(i);
                }
                assertArrayEquals(es, as, e.name());
            }
        }
    }

    private static void assertOnGrid(Table decoded, String name, double step, Table train) {
        double[] t = Arrays.stream(train.column(name).numbers())
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        for (double v : decoded.column(name).numbers()) {
            if (Double.isNaN(v)) {
                continue;
            }
            double k = v / step;
            assertEquals(Math.rint(k), k, 1e-6, name + " " + v);
            assertTrue(v >= t[0] && v <= t[t.length - 1], name + " " + v);
        }
    }

    private static int firstNan(Table decoded) {
        double[] v = decoded.column("gappy").numbers();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                return i;
            }
        }
        throw new AssertionError("no missing cell decoded in gappy");
    }
}
