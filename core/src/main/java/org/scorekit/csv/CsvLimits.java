package org.scorekit.csv;

import org.scorekit.checks.Checks;

/**
 * Caps on what a {@link CsvSource} reads, so that a hostile or mistaken file (a 100 MB line,
 * 10^6 columns, a device) fails with a {@link CsvFormatException} instead of exhausting memory.
 *
 * @param maxBytes     largest accepted input, in bytes (BOM included)
 * @param maxColumns   largest number of cells in one record
 * @param maxLineChars largest record, in characters (cells plus separators; a quoted cell may
 *                     span lines, so this caps the record rather than the physical line)
 */
public record CsvLimits(long maxBytes, int maxColumns, int maxLineChars) {
    /**
     * The caps used for run directories and user files: 512 MiB, 65,536 columns, lines of 8 Mi
     * characters. A record of {@code maxLineChars} takes about 16 MiB of heap while parsed.
     */
    public static final CsvLimits DEFAULT = new CsvLimits(512L << 20, 1 << 16, 8 << 20);

    public CsvLimits {
        Checks.require(maxBytes > 0, "maxBytes must be positive: " + maxBytes);
        Checks.positive("maxColumns", maxColumns);
        Checks.positive("maxLineChars", maxLineChars);
    }
}
