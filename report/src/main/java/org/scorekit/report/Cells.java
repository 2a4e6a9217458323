package org.scorekit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Function;

/**
 * Table cells made from run.json values: numbers to four significant digits, a fixed phrase
 * for anything absent, and the derived columns of the metric tables.
 */
final class Cells {
    /** The cell text for a value that the run did not record. */
    static final String NOT_RECORDED = "not recorded";

    /** The cell text for a quotient whose denominator is zero. */
    static final String UNDEFINED = "undefined";

    private Cells() {
    }

    /** {@code x} to four significant digits without trailing zeros: 0.12, 8123, 1.2e-05. */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return Long.toString((long) x);
        }
        String text = String.format(Locale.ROOT, "%.4g", x);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        String suffix = exponent < 0 ? "" : text.substring(exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + suffix;
    }

    /** The field as text: integers exactly, other numbers by {@link #number(double)}. */
    static String value(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return NOT_RECORDED;
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return number(node.doubleValue());
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** The numeric field, or {@code NaN} when it is absent or not a number. */
    static double numeric(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    /** "value ± stderr", or just the value when the standard error was not recorded. */
    static String withStdErr(JsonNode metric, String valueField, String stdErrField) {
        String value = value(metric, valueField);
        if (value.equals(NOT_RECORDED) || !metric.path(stdErrField).isNumber()) {
            return value;
        }
        return value + " ± " + value(metric, stdErrField);
    }

    /** {@code numerator / denominator}; {@link #NOT_RECORDED} when either is absent (NaN). */
    static String ratio(double numerator, double denominator) {
        if (Double.isNaN(numerator) || Double.isNaN(denominator)) {
            return NOT_RECORDED;
        }
        return denominator == 0 ? UNDEFINED : number(numerator / denominator);
    }

    /**
     * Where {@code learned} lies between the exact-score floor (0) and the untrained ceiling (1):
     * (learned − floor) / (ceiling − floor); undefined when floor and ceiling coincide.
     */
    static String position(double learned, double floor, double ceiling) {
        if (Double.isNaN(learned) || Double.isNaN(floor) || Double.isNaN(ceiling)) {
            return NOT_RECORDED;
        }
        double span = ceiling - floor;
        // With the floor at or above the ceiling the untrained model is no worse than the exact
        // score on this metric (e.g. mean error), so a position between them means nothing.
        return span <= 0 ? UNDEFINED : number((learned - floor) / span);
    }

    /** {@code text} with each character c replaced by {@code replacement.apply(c)} unless null. */
    static String replaceEach(String text, Function<Character, String> replacement) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = replacement.apply(c);
            if (r == null) {
                out.append(c);
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }
}
