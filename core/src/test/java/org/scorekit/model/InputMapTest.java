package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;

class InputMapTest {

    @Test
    void widthCountsTheTimeAndTheOptionalConstant() {
        InputMap plain = InputMap.of(3, LinearTimeEncoding.identity());
        assertFalse(plain.hasConstant());
        assertEquals(4, plain.width());
        InputMap withConstant = new InputMap(3, LinearTimeEncoding.identity(), 0.5);
        assertTrue(withConstant.hasConstant());
        assertEquals(5, withConstant.width());
    }

    @Test
    void fillWritesXThenTimeThenConstantAtTheOffsets() {
        InputMap map = new InputMap(2, new LinearTimeEncoding(2.0, 0.25), -1.5);
        double[] x = {9, 9, 3, 4, 9};
        double[] z = new double[7];
        map.fill(x, 2, 0.5, z, 3);
        assertArrayEquals(new double[] {0, 0, 0, 3, 4, 1.25, -1.5}, z);
        InputMap plain = InputMap.of(2, LogTimeEncoding.natural());
        double[] z2 = new double[3];
        plain.fill(x, 2, Math.E, z2, 0);
        assertArrayEquals(new double[] {3, 4, 1.0}, z2, 1e-15);
    }

    @Test
    void inputsAppendTheEncodedTimeAsLastColumn() {
        InputMap map = InputMap.of(2, LinearTimeEncoding.identity());
        Matrix x = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        double[] t = {0.1, 0.7, 1.9};
        Matrix z = map.inputs(x, t);
        assertEquals(3, z.rows());
        assertEquals(3, z.cols());
        for (int i = 0; i < 3; i++) {
            assertEquals(x.get(i, 0), z.get(i, 0));
            assertEquals(x.get(i, 1), z.get(i, 1));
            assertEquals(t[i], z.get(i, 2));
        }
        Matrix zc = new InputMap(2, LinearTimeEncoding.identity(), 2.0).inputs(x, t);
        assertEquals(4, zc.cols());
        for (int i = 0; i < 3; i++) {
            assertEquals(t[i], zc.get(i, 2));
            assertEquals(2.0, zc.get(i, 3));
        }
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> InputMap.of(0, LinearTimeEncoding.identity()));
        assertThrows(IllegalArgumentException.class, () -> InputMap.of(2, null));
        assertThrows(IllegalArgumentException.class,
                () -> new InputMap(2, LinearTimeEncoding.identity(), Double.POSITIVE_INFINITY));
        InputMap map = InputMap.of(2, LinearTimeEncoding.identity());
        assertThrows(IllegalArgumentException.class, () -> map.inputs(Matrix.zeros(3, 3), new double[3]));
        assertThrows(IllegalArgumentException.class, () -> map.inputs(Matrix.zeros(3, 2), new double[2]));
    }

    @Test
    void timeEncodings() {
        assertEquals(0.7, LinearTimeEncoding.identity().encode(0.7));
        assertEquals(3 * 0.7 - 0.2, new LinearTimeEncoding(3, -0.2).encode(0.7), 1e-15);
        assertEquals("linear", LinearTimeEncoding.identity().name());
        assertEquals(Math.log(0.05), LogTimeEncoding.natural().encode(0.05), 1e-15);
        assertEquals("log", LogTimeEncoding.natural().name());
        assertThrows(IllegalArgumentException.class, () -> new LinearTimeEncoding(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinearTimeEncoding(1, Double.NaN));
    }
}
