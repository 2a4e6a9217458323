package org.scorekit.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.csv.CsvLimits;
import org.scorekit.random.Rng;

/** Schema inference, typing, missing values and the bad-input messages of a table. */
class TableTest {
    /** 25 rows: id 1..25, a string categorical, a boolean, a numeric code, an amount, a target. */
    static RawTable sample() {
        List<String[]> rows = new ArrayList<>();
        String[] colours = {"red", "green", " blue", "", "red"};
        for (int i = 0; i < 25; i++) {
            rows.add(new String[] {Integer.toString(i + 1), colours[i % 5],
                i % 3 == 0 ? "TRUE" : "false", i % 4 == 0 ? "2.0" : "+1", i == 7 ? "NA" : (i * 37.5) + "",
                Integer.toString(i % 2)});
        }
        return RawTable.of("t.csv", List.of("id", "colour", "member", "code", "amount", "y"), rows);
    }

    @Test
    void inferenceFollowsTheDocumentedRules() {
        Schema schema = SchemaInference.infer(sample(), SchemaOverrides.NONE);
        assertEquals(Map.of("id", ColumnType.IGNORED, "colour", ColumnType.CATEGORICAL,
                "member", ColumnType.CATEGORICAL, "code", ColumnType.CATEGORICAL,
                "amount", ColumnType.NUMERICAL, "y", ColumnType.CATEGORICAL), schema.types());
        assertEquals(1, schema.notices().size());
        assertTrue(schema.notices().get(0).startsWith("column 'id' looks like a row identifier"),
                schema.notices().get(0));
    }

    @Test
    void categoriesAreCanonicalAndMissingIsALevel() {
        Table t = Table.from(sample(), SchemaInference.infer(sample(), SchemaOverrides.NONE));
        assertEquals(List.of("NA", "blue", "green", "red"), t.column("colour").levels());
        assertEquals(List.of("false", "true"), t.column("member").levels());
        assertEquals(List.of("1", "2"), t.column("code").levels());
        assertTrue(Double.isNaN(t.column("amount").numbers()[7]));
        assertEquals(37.5, t.column("amount").numbers()[1]);
    }

    @Test
    void overridesWinAndTheTargetGoesLastInTheEvaluationLayout() {
        SchemaOverrides o = new SchemaOverrides("s.yaml", Map.of("code", ColumnType.NUMERICAL),
                Optional.empty(), Set.of()).with(Optional.of("y"), List.of("member"));
        Table t = Table.from(sample(), SchemaInference.infer(sample(), o));
        assertEquals(List.of("code", "amount", "colour", "y"),
                t.evaluationLayout().stream().map(Column::name).toList());
        assertEquals(ColumnType.TARGET, t.column("y").type());
        assertEquals(2.0, t.column("code").numbers()[0]);
    }

    @Test
    void badInputNamesFileLineColumnAndExpectation() {
        SchemaOverrides numericColour = new SchemaOverrides("s.yaml",
                Map.of("colour", ColumnType.NUMERICAL), Optional.empty(), Set.of());
        assertMessage("t.csv line 2 column 2: column 'colour': expected a number (the column is "
                + "numerical), got 'red'", () -> Table.from(sample(),
                SchemaInference.infer(sample(), numericColour)));
        assertMessage("s.yaml: expected a column of t.csv, got 'nope' (its columns: 'id', 'colour', "
                + "'member', 'code', 'amount', 'y')", () -> SchemaInference.infer(sample(),
                new SchemaOverrides("s.yaml", Map.of("nope", ColumnType.NUMERICAL),
                        Optional.empty(), Set.of())));
        assertMessage("t.csv line 1: expected a column 'label' (--target), got columns 'id'",
                () -> SchemaInference.infer(sample(),
                        SchemaOverrides.NONE.with(Optional.of("label"), List.of())));
        assertMessage("t.csv line 3: expected 2 cells as in the header, got 3", () -> RawTable.of(
                "t.csv", List.of("a", "b"), List.of(new String[] {"1", "2"},
                        new String[] {"1", "2", "3"})));
        assertMessage("t.csv line 1 column 2: expected distinct, non-blank column names, got 'a'",
                () -> RawTable.of("t.csv", List.of("a", "a"), List.<String[]>of(new String[] {"1", "2"})));
        assertMessage("t.csv line 2: expected data rows after the header, got none",
                () -> RawTable.of("t.csv", List.of("a"), List.<String[]>of()));
    }

    /** The checks that grade a synthetic table against a real one name both files and the column. */
    @Test
    void syntheticAndRealTablesThatDoNotMatchNameBothFilesAndTheColumn() {
        Table real = typed(RawTable.of("real.csv", List.of("age", "plan"),
                List.of(new String[] {"31.5", "basic"}, new String[] {"40.5", "pro"})));
        assertMessage("the synthetic table syn.csv (column 'age'): expected a numerical column as "
                + "in real.csv, got none", () -> real.requireSameColumns(typed(RawTable.of("syn.csv",
                List.of("years", "plan"), List.of(new String[] {"31.5", "basic"},
                        new String[] {"40.5", "pro"}))), "the synthetic table"));
        assertMessage("the synthetic table syn.csv (column 'age'): expected a numerical column as "
                + "in real.csv, got a categorical column", () -> real.requireSameColumns(typed(
                RawTable.of("syn.csv", List.of("age", "plan"), List.of(new String[] {"old", "basic"},
                        new String[] {"young", "pro"}))), "the synthetic table"));
        assertMessage("the synthetic table syn.csv (column 'extra'): expected no such column as in "
                + "real.csv, got a categorical column", () -> real.requireSameColumns(typed(
                RawTable.of("syn.csv", List.of("age", "plan", "extra"), List.of(
                        new String[] {"31.5", "basic", "x"}, new String[] {"40.5", "pro", "y"}))),
                "the synthetic table"));
        Table gold = typed(RawTable.of("syn.csv", List.of("age", "plan"),
                List.of(new String[] {"31.5", "basic"}, new String[] {"40.5", "gold"})));
        real.requireSameColumns(gold, "the synthetic table");
        assertMessage("the synthetic table syn.csv line 3 (column 'plan'): category 'gold' is not in "
                + "real.csv; α-precision/β-recall cannot score it",
                () -> real.requireKnownCategories(gold, "the synthetic table", "α-precision/β-recall"));
        real.requireKnownCategories(real.select(new int[] {1, 1}), "the synthetic table", "m");
        assertEquals("syn.csv line 3", gold.select(new int[] {1}).row(0));
    }

    /** A table whose file lists the same columns in another order is laid out as the reference. */
    @Test
    void columnsInAnotherOrderTakeTheReferenceOrder() {
        Table real = typed(RawTable.of("real.csv", List.of("a", "b"),
                List.of(new String[] {"1.5", "10.5"}, new String[] {"2.5", "20.5"})));
        Table swapped = typed(RawTable.of("syn.csv", List.of("b", "a"),
                List.of(new String[] {"30.5", "3.5"}, new String[] {"40.5", "4.5"})));
        assertThrows(IllegalArgumentException.class,
                () -> real.requireSameColumns(swapped, "the synthetic table"));
        Table ordered = swapped.inColumnOrderOf(real);
        real.requireSameColumns(ordered, "the synthetic table");
        assertArrayEquals(new double[] {3.5, 4.5}, ordered.columns().get(0).numbers());
    }

    private static Table typed(RawTable raw) {
        return Table.from(raw, SchemaInference.infer(raw, SchemaOverrides.NONE));
    }

    /** The memory a table's cells take is counted while reading, so a huge table fails early. */
    @Test
    void tableBeyondTheMemoryBudgetFailsAtTheRowThatExceedsIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("big.csv"), "a,b\n" + "1,xy\n".repeat(100));
        // Each row: 2 cells of 48 bytes plus 3 characters, 99 bytes; the budget holds 10 rows.
        assertMessage(file + " line 12: expected a table that fits into 1000 bytes of memory, the "
                + "rows up to here need more; raise the Java heap limit",
                () -> readQuietly(file, 1000));
        assertEquals(100, RawTable.read(file, CsvLimits.DEFAULT, 9900).size());
    }

    private static RawTable readQuietly(Path file, long budget) {
        try {
            return RawTable.read(file, CsvLimits.DEFAULT, budget);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void permutedColumnsKeepEveryMarginal() {
        Table t = Table.from(sample(), SchemaInference.infer(sample(), SchemaOverrides.NONE));
        Table p = t.withColumnsPermuted(Rng.of(3));
        for (Column c : t.columns()) {
            if (c.type() == ColumnType.NUMERICAL) {
                double[] a = c.numbers();
                double[] b = p.column(c.name()).numbers();
                java.util.Arrays.sort(a);
                java.util.Arrays.sort(b);
                assertArrayEquals(a, b);
            } else {
                int[] a = c.codes();
                int[] b = p.column(c.name()).codes();
                java.util.Arrays.sort(a);
                java.util.Arrays.sort(b);
                assertArrayEquals(a, b);
            }
        }
        assertTrue(!java.util.Arrays.equals(t.column("amount").numbers(),
                p.column("amount").numbers()), "a permutation of 25 distinct values moved them");
    }

    private static void assertMessage(String expected, Runnable action) {
        RuntimeException e = assertThrows(RuntimeException.class, action::run);
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
