package org.scorekit.checks;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Argument checks with messages of the form {@code <name> must be <expectation>: <value>}.
 * Every public entry point of the library rejects a caller's mistake here, at its first line.
 */
public final class Checks {
    private static final Pattern QUOTED_TOKEN = Pattern.compile("'([^']*)'|\\(\"([^\"]*)\"\\)");

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

    /** Longest offending token shown in a message, in characters, before it is cut. */
    public static final int MAX_SHOWN = 40;

    /**
     * Quotes offending input for an error message: {@code 'abc'}, or
     * {@code 'abcdef...' (123 characters)} for a token longer than {@link #MAX_SHOWN}; control,
     * format and undefined characters, quotes and backslashes as a {@code \\u} escape with four
     * hex digits, so a message stays one short line whatever the input holds.
     */
    public static String quoted(String token) {
        String shown = token.length() > MAX_SHOWN ? token.substring(0, MAX_SHOWN) : token;
        StringBuilder b = new StringBuilder("'");
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || !Character.isDefined(c) || c == '\'' || c == '\\'
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        b.append('\'');
        return token.length() > MAX_SHOWN ? b + "... (" + token.length() + " characters)" : b.toString();
    }

    /**
     * The first line of a message from a parser or another library, with every token it quotes
     * ({@code 'x'} or {@code ("x")}) passed through {@link #quoted}: input echoed in a message
     * stays short and escaped.
     */
    public static String shortened(String message) {
        if (message == null) {
            return "invalid content";
        }
        int nl = message.indexOf('\n');
        Matcher m = QUOTED_TOKEN.matcher((nl < 0 ? message : message.substring(0, nl)).trim());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) != null ? quoted(m.group(1))
                    : "(" + quoted(m.group(2)) + ")";
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }
}
