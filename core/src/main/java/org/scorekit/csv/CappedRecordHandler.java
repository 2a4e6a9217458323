package org.scorekit.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link CsvRecord}s from FastCSV's parser callbacks, enforcing the column and record-size
 * caps while the record is read (not after it has been collected), and skipping blank lines:
 * an empty line, or one whose only cell is white space.
 */
final class CappedRecordHandler extends AbstractBaseCsvCallbackHandler<CsvRecord> {
    private final String source;
    private final CsvLimits limits;
    private final List<String> cells = new ArrayList<>();
    private long chars;

    CappedRecordHandler(String source, CsvLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** The line on which the record being read started. */
    long line() {
        return getStartingLineNumber();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        cells.clear();
        chars = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        if (index >= limits.maxColumns()) {
            throw new CsvFormatException(source, line(), index + 1,
                    "expected at most " + limits.maxColumns() + " columns (the column cap)");
        }
        chars += length + 1L;
        if (chars > limits.maxLineChars()) {
            throw new CsvFormatException(source, line(), 0, tooLong(limits));
        }
        cells.add(new String(buffer, offset, length));
    }

    static String tooLong(CsvLimits limits) {
        return "expected a record of at most " + limits.maxLineChars() + " characters (the record cap)";
    }

    @Override
    protected CsvRecord buildRecord() {
        boolean blank = getRecordType() == RecordType.EMPTY
                || cells.size() == 1 && cells.get(0).isBlank();
        return getRecordType() != RecordType.DATA || blank ? null : new CsvRecord(line(), cells);
    }
}
