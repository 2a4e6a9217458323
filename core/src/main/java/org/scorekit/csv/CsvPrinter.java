package org.scorekit.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.scorekit.checks.Checks;

/**
 * Writes a header and rows of the same width as RFC 4180 CSV with LF line ends, quoting a cell
 * only when it holds a separator, quote or line break. A number is written with
 * {@link Double#toString} (whole numbers as integers), which round-trips exactly; a non-finite
 * number is written as an empty cell (no finite value), which {@link NumericTable} reads back as {@code NaN} under
 * {@link EmptyCells#NAN}. Atomic replacement of a file is the caller's (write the text under a
 * temporary name, then rename).
 */
public final class CsvPrinter implements Flushable {
    private final CsvWriter writer;
    private final int width;

    private CsvPrinter(Writer out, List<String> header) {
        Checks.require(!header.isEmpty(), "header must have at least one column: " + header);
        Checks.require(header.stream().noneMatch(String::isBlank) && new HashSet<>(header).size()
                == header.size(), "header names must be distinct and non-blank: " + header);
        this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        this.width = header.size();
        writer.writeRecord(header);
    }

    /** Starts a table on {@code out} by writing its header; {@link #flush} before using out. */
    public static CsvPrinter of(Writer out, List<String> header) {
        return new CsvPrinter(out, header);
    }

    /** A whole table of numbers as text. */
    public static String toText(List<String> header, List<double[]> rows) {
        StringWriter text = new StringWriter();
        CsvPrinter printer = of(text, header);
        rows.forEach(printer::numbers);
        printer.flush();
        return text.toString();
    }

    /** Writes one record of cells as given. */
    public CsvPrinter record(List<String> cells) {
        Checks.sameSize("cells in a record", width, cells.size());
        writer.writeRecord(cells);
        return this;
    }

    /** Writes one row of numbers. */
    public CsvPrinter numbers(double... row) {
        Checks.sameSize("numbers in a row", width, row.length);
        List<String> cells = new ArrayList<>(row.length);
        for (double v : row) {
            cells.add(cell(v));
        }
        writer.writeRecord(cells);
        return this;
    }

    /**
     * The text of one number: a whole number below 2^53 in magnitude as an integer ({@code 30},
     * not {@code 30.0}: steps and counts read as written), any other finite number by
     * {@link Double#toString}, empty when not finite. Both read back bit for bit.
     */
    public static String cell(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        boolean whole = value == Math.rint(value) && Math.abs(value) < 0x1p53
                && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0);
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    /** Pushes buffered text to the underlying writer. */
    @Override
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
