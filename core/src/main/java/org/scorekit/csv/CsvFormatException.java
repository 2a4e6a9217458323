package org.scorekit.csv;

/**
 * A CSV input does not have the expected form. The message is one line,
 * {@code <source> line <L> column <C>: <expectation>}, where the line and column parts are left
 * out when they do not apply: {@code points.csv line 4 column 2: expected a number, got 'abc'}.
 */
public final class CsvFormatException extends RuntimeException {
    private final String source;
    private final long line;
    private final int column;
    private final String expectation;

    /**
     * @param source      the file or stream name shown to the user
     * @param line        1-based line where the offending record starts; 0 for the whole input
     * @param column      1-based column; 0 when the error concerns no single column
     * @param expectation what was expected and what was found, e.g. {@code expected a number, got 'x'}
     */
    public CsvFormatException(String source, long line, int column, String expectation) {
        super(message(source, line, column, expectation));
        this.source = source;
        this.line = line;
        this.column = column;
        this.expectation = expectation;
    }

    private static String message(String source, long line, int column, String expectation) {
        return source + (line > 0 ? " line " + line : "") + (column > 0 ? " column " + column : "")
                + ": " + expectation;
    }

    /** The file or stream name. */
    public String source() {
        return source;
    }

    /** The 1-based line where the offending record starts, or 0 for the whole input. */
    public long line() {
        return line;
    }

    /** The 1-based column, or 0 when no single column is at fault. */
    public int column() {
        return column;
    }

    /** What was expected and what was found. */
    public String expectation() {
        return expectation;
    }
}
