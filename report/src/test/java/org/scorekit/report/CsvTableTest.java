package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @Test
    void readsHeaderAndNumericColumnsWithEmptyCellsAsNaN() {
        CsvTable table = CsvTable.parse("h.csv",
                "step,train_loss,validation_loss\r\n0,2.5,1e-3\n\n10,1.25,\n20, 0.5 ,NaN\n");
        assertEquals(List.of("step", "train_loss", "validation_loss"), table.columns());
        assertEquals(3, table.rowCount());
        assertArrayEquals(new double[] {0, 10, 20}, table.column("step"));
        assertArrayEquals(new double[] {2.5, 1.25, 0.5}, table.column("train_loss"));
        double[] validation = table.column("validation_loss");
        assertEquals(1e-3, validation[0]);
        assertTrue(Double.isNaN(validation[1]));
        assertTrue(Double.isNaN(validation[2]));
        assertTrue(table.hasColumn("step"));
        assertFalse(table.hasColumn("oracle_risk"));
        assertArrayEquals(new double[] {10, 1.25, Double.NaN}, table.rows()[1]);
    }

    @Test
    void headerOnlyGivesZeroRows() {
        CsvTable table = CsvTable.parse("e.csv", "x1,x2\n");
        assertEquals(0, table.rowCount());
        assertEquals(0, table.column("x2").length);
    }

    @Test
    void returnedArraysAreCopies() {
        CsvTable table = CsvTable.parse("c.csv", "a\n1\n");
        table.column("a")[0] = 99;
        table.rows()[0][0] = 99;
        assertArrayEquals(new double[] {1}, table.column("a"));
    }

    @Test
    void rowWithWrongCellCountNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, "step,train_loss\n0,1.0\n10,0.5,7\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CsvTable.read(file));
        assertTrue(e.getMessage().startsWith(file + ", line 3: expected 2 cells"), e.getMessage());
        assertTrue(e.getMessage().contains("found 3"), e.getMessage());
    }

    @Test
    void nonNumericCellNamesFileLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse("samples.csv", "x1,x2\n0.1,0.2\n0.3,abc\n"));
        assertEquals("samples.csv, line 3: column x2 must be a number or empty: 'abc'",
                e.getMessage());
    }

    @Test
    void emptyFileAndBadHeadersAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse("a.csv", "\n  \n")).getMessage().contains("a.csv"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse("b.csv", "t,t\n1,2\n")).getMessage()
                .contains("b.csv, line 1: header has a duplicate column name: 't'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse("c.csv", "t,,u\n")).getMessage()
                .contains("an empty column name"));
    }

    @Test
    void unknownColumnIsRejectedWithTheColumnList() {
        CsvTable table = CsvTable.parse("s.csv", "t,learned\n1,2\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> table.column("untrained"));
        assertEquals("s.csv has no column 'untrained'; columns are [t, learned]", e.getMessage());
    }
}
