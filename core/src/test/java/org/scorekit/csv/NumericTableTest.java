package org.scorekit.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scorekit.checks.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericTableTest {
    @Test
    void readsHeaderAndColumnsWithEmptyCellsAsNaN() {
        NumericTable table = NumericTable.parse("h.csv",
                "step,train_loss,validation_loss\r\n0,2.5,1e-3\n\n10,1.25,\n20, 0.5 ,-4E+2\n",
                EmptyCells.NAN);
        assertEquals(List.of("step", "train_loss", "validation_loss"), table.columns());
        assertEquals(3, table.rowCount());
        assertArrayEquals(new double[] {0, 10, 20}, table.column("step"));
        assertArrayEquals(new double[] {2.5, 1.25, 0.5}, table.column("train_loss"));
        assertArrayEquals(new double[] {1e-3, Double.NaN, -400}, table.column("validation_loss"));
        assertTrue(table.hasColumn("step"));
        assertFalse(table.hasColumn("oracle_risk"));
        assertEquals(Optional.of(1), table.columnIndex("train_loss"));
        assertArrayEquals(new double[] {10, 1.25, Double.NaN}, table.rows()[1]);
    }

    @Test
    void headerOnlyGivesZeroRowsAndArraysAreCopies() {
        assertEquals(0, NumericTable.parse("e.csv", "x1,x2\n", EmptyCells.NAN).column("x2").length);
        NumericTable table = NumericTable.parse("c.csv", "a\n1\n", EmptyCells.REJECTED);
        table.column("a")[0] = 99;
        table.rows()[0][0] = 99;
        assertArrayEquals(new double[] {1}, table.column("a"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "abc|expected a number for x2, got 'abc'",
        "0x1p3|expected a number for x2, got '0x1p3'",
        "1f|expected a number for x2, got '1f'",
        "NaN|expected a finite number for x2, got 'NaN'",
        "-Infinity|expected a finite number for x2, got '-Infinity'",
        "1e999|expected a finite number for x2, got '1e999'",
        "'\"a\tb\"'|expected a number for x2, got 'a\\u0009b'"})
    void badCellNamesFileLineColumnAndExpectation(String cell, String expectation) {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> NumericTable.parse(
                "p.csv", "x1,x2\n0.1,0.2\n0.3," + cell + "\n", EmptyCells.NAN));
        assertEquals("p.csv line 3 column 2: " + expectation, e.getMessage());
    }

    @Test
    void emptyCellIsRejectedWhenTheCallerSaysSo() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> NumericTable.parse(
                "p.csv", "x1,x2\n0.1,\n", EmptyCells.REJECTED));
        assertEquals("p.csv line 2 column 2: expected a number for x2, got an empty cell",
                e.getMessage());
    }

    @Test
    void longTokenIsShortened() {
        String token = "y".repeat(1000);
        String message = assertThrows(CsvFormatException.class, () -> NumericTable.parse(
                "p.csv", "x1\n" + token + "\n", EmptyCells.NAN)).getMessage();
        assertEquals("p.csv line 2 column 1: expected a number for x1, got '"
                + "y".repeat(Checks.MAX_SHOWN) + "'... (1000 characters)", message);
    }

    @Test
    void unknownColumnIsRejectedWithTheColumnList() {
        NumericTable table = NumericTable.parse("s.csv", "t,learned\n1,2\n", EmptyCells.NAN);
        assertEquals("s.csv has no column 'untrained'; columns are [t, learned]",
                assertThrows(IllegalArgumentException.class, () -> table.column("untrained"))
                        .getMessage());
    }

    @Test
    void printedTableReadsBackExactly(@TempDir Path dir) throws IOException {
        double[] first = {0.1, -3.0e-300, Double.MIN_VALUE, 1.0 / 3};
        double[] second = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 12345.678e9};
        Path file = Files.writeString(dir.resolve("t.csv"),
                CsvPrinter.toText(List.of("a", "b,c", "d", "e"), List.of(first, second)));
        assertEquals("a,\"b,c\",d,e\n", Files.readAllLines(file).get(0) + "\n");
        NumericTable table = NumericTable.read(file, EmptyCells.NAN);
        assertEquals(List.of("a", "b,c", "d", "e"), table.columns());
        assertArrayEquals(first, table.rows()[0]);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, -0.0, 12345.678e9},
                table.rows()[1]);
    }
}
