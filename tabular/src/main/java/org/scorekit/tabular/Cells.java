package org.scorekit.tabular;

import java.util.Locale;

/**
 * How a raw CSV cell is read (spec/tabular-protocol.md §5.1).
 * <ul>
 * <li>Missing: empty or blank, {@code NA}, {@code ?}, {@code nan} (letters in any case).</li>
 * <li>Number: optional sign, decimal digits with an optional fraction and exponent, surrounding
 * blanks allowed ({@code " +1.5e3"}); no hexadecimal, no {@code Infinity}, no type suffixes.</li>
 * <li>Category: blanks trimmed; {@code true}/{@code false} in any case become lowercase; a
 * number with an integral value below 2^53 becomes its integer digits ({@code 1}, {@code 1.0},
 * {@code +1}, {@code " 1"} and {@code 1e0} are the category {@code "1"}; {@code -0} is
 * {@code "0"}); another number becomes Java's shortest decimal form; anything else stays as
 * written. A missing cell is the category {@link #MISSING}.</li>
 * </ul>
 */
public final class Cells {
    /** The category of a missing cell in a categorical column. */
    public static final String MISSING = "NA";
    private static final double EXACT_INTEGERS = 0x1p53;

    private Cells() {
    }

    /** Whether the raw cell is a missing value. */
    public static boolean isMissing(String raw) {
        String s = raw.strip();
        return s.isEmpty() || s.equals("?") || s.equalsIgnoreCase("na") || s.equalsIgnoreCase("nan");
    }

    /** The number the raw cell holds, or NaN when it is not a number in the form above. */
    public static double number(String raw) {
        String s = raw.strip();
        return isDecimal(s) ? Double.parseDouble(s) : Double.NaN;
    }

    /** The canonical category of a raw cell. */
    public static String category(String raw) {
        if (isMissing(raw)) {
            return MISSING;
        }
        String s = raw.strip();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return s.toLowerCase(Locale.ROOT);
        }
        double v = number(s);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return s;
        }
        if (isInteger(v)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Whether the number is integral and exactly representable (|v| &lt; 2^53). */
    public static boolean isInteger(double v) {
        return v == Math.rint(v) && Math.abs(v) < EXACT_INTEGERS;
    }

    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
