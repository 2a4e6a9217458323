package org.scorekit.tabular.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** MT19937 outputs and shuffles against numpy's legacy RandomState (numpy/make_reference.py). */
class LegacyShuffleTest {
    @Test
    void rawOutputsEqualNumpyAcrossStateRegenerations() {
        for (long[] line : NumpyReference.lines("mt19937.csv")) {
            Mt19937 generator = new Mt19937(line[0]);
            long[] actual = new long[line.length - 1];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = generator.nextUint32();
            }
            assertArrayEquals(Arrays.copyOfRange(line, 1, line.length), actual, "seed " + line[0]);
        }
    }

    @Test
    void shufflesEqualNumpy() {
        for (long[] line : NumpyReference.lines("shuffle.csv")) {
            int n = (int) line[1];
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            LegacyShuffle.shuffleInPlace(a, new Mt19937(line[0]));
            int[] expected = Arrays.stream(line, 2, line.length).mapToInt(v -> (int) v).toArray();
            assertArrayEquals(expected, a, "seed " + line[0] + ", n " + n);
        }
    }

    @Test
    void randomIntervalStaysInRangeAndZeroDrawsNothing() {
        Mt19937 generator = new Mt19937(5);
        Mt19937 untouched = new Mt19937(5);
        assertEquals(0, LegacyShuffle.randomInterval(0, generator));
        assertEquals(untouched.nextUint32(), generator.nextUint32());
        for (int i = 0; i < 1000; i++) {
            long v = LegacyShuffle.randomInterval(5, generator);
            assertEquals(true, v >= 0 && v <= 5, "value " + v);
        }
    }

    @Test
    void seedOutsideTheUnsigned32BitRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Mt19937(-1));
        assertThrows(IllegalArgumentException.class, () -> new Mt19937(1L << 32));
    }
}
