package org.scorekit.csv;

/** How a {@link CsvSource} reads its first row. */
public enum Header {
    /** The first row names the columns (run-directory tables). */
    REQUIRED,
    /**
     * The first row names the columns unless every one of its cells is a number
     * ({@link NumericTable#isNumber}); then it is the first data row and the columns are named
     * {@code x1 .. xd} (points files, which people write with or without a header).
     */
    DETECTED
}
