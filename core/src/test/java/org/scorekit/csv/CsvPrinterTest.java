package org.scorekit.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPrinterTest {
    @Test
    void writesHeaderRecordsAndNumbersWithLfAndMinimalQuoting() {
        StringWriter out = new StringWriter();
        CsvPrinter.of(out, List.of("name", "x")).record(List.of("a \"b\"", "line\nbreak"))
                .numbers(1.5, Double.NaN).flush();
        assertEquals("name,x\n\"a \"\"b\"\"\",\"line\nbreak\"\n1.5,\n", out.toString());
    }

    @Test
    void rowsMustMatchTheHeaderAndHeadersMustBeReadable() {
        CsvPrinter printer = CsvPrinter.of(new StringWriter(), List.of("a", "b"));
        assertEquals("numbers in a row: expected 2, got 3", assertThrows(
                IllegalArgumentException.class, () -> printer.numbers(1, 2, 3)).getMessage());
        assertEquals("cells in a record: expected 2, got 1", assertThrows(
                IllegalArgumentException.class, () -> printer.record(List.of("x"))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CsvPrinter.of(new StringWriter(), List.of("a", "a")));
        assertThrows(IllegalArgumentException.class,
                () -> CsvPrinter.of(new StringWriter(), List.of()));
    }

    @Test
    void cellIsShortestRoundTripOrEmpty() {
        assertEquals("0.1", CsvPrinter.cell(0.1));
        assertEquals("1.0E-5", CsvPrinter.cell(1e-5));
        assertEquals("", CsvPrinter.cell(Double.NEGATIVE_INFINITY));
    }

    @Test
    void wholeNumbersAreWrittenAsIntegersAndStillRoundTrip() {
        assertEquals("30", CsvPrinter.cell(30.0));
        assertEquals("-4", CsvPrinter.cell(-4.0));
        assertEquals("0", CsvPrinter.cell(0.0));
        assertEquals("-0.0", CsvPrinter.cell(-0.0));
        assertEquals("1.0E20", CsvPrinter.cell(1e20));
        for (double v : new double[] {30.0, -4.0, 0x1p53 - 1, 1e20, -0.0}) {
            assertEquals(Double.doubleToRawLongBits(v),
                    Double.doubleToRawLongBits(Double.parseDouble(CsvPrinter.cell(v))));
        }
    }
}
