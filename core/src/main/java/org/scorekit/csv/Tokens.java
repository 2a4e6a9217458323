package org.scorekit.csv;

/** Quotes offending input for error messages: shortened, with control characters escaped. */
final class Tokens {
    /** Longest token shown in a message, in characters, before it is cut with an ellipsis. */
    static final int MAX_SHOWN = 40;

    private Tokens() {
    }

    /** {@code 'abc'}, or {@code 'abcdef...' (123 characters)} for a long token; controls as {@code \\uXXXX}. */
    static String quoted(String token) {
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
}
