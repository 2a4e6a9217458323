package org.scorekit.checks;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Argument checks with messages of the form {@code <name> must be <expectation>: <value>}.
 * Every public entry point of the library rejects a caller's mistake here, at its first line.
 */
public final class Checks {
    private Checks() {
    }

    /** Fails unless {@code value > 0}. */
    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /** Fails unless {@code value >= 0}. */
    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be non-negative: " + value);
        }
        return value;
    }

    /** Fails unless the value is finite. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
        return value;
    }

    /** Fails unless the value is finite and {@code > 0}. */
    public static double positive(String name, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new IllegalArgumentException(name + " must be positive and finite: " + value);
        }
        return value;
    }

    /** Fails unless the value is finite and {@code >= 0}. */
    public static double nonNegative(String name, double value) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(name + " must be non-negative and finite: " + value);
        }
        return value;
    }

    /** Fails unless {@code low <= value <= high}. */
    public static double inClosedRange(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + low + ", " + high + "]: " + value);
        }
        return value;
    }

    /** Fails unless every entry is finite; names the first offending index. */
    public static double[] allFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be finite: " + values[i]);
            }
        }
        return values;
    }

    /** Fails with the given message unless the condition holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Fails unless the two sizes agree, naming both. */
    public static void sameSize(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + ": expected " + expected + ", got " + actual);
        }
    }

    /**
     * The member of a closed set spelled {@code text}, or
     * {@code <name> must be one of [a, b, …]: text}.
     */
    public static <E> E oneOf(String name, E[] values, Function<E, String> label, String text) {
        for (E value : values) {
            if (label.apply(value).equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(name + " must be one of " + Arrays.stream(values)
                .map(label).collect(Collectors.joining(", ", "[", "]")) + ": " + text);
    }
}
