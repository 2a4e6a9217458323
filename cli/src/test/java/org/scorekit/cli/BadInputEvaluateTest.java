package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.tabular.evaluation.EvaluationRecord;

/**
 * Hostile and odd tables for {@code scorekit evaluate}, each a variant of the train split of the
 * small mixed table: bad input is one line naming file, line and column, exit code 2 and no
 * output folder; an odd but valid table gives exit code 0, an {@code evaluation.json} a strict
 * JSON parser reads (no NaN) and the report.
 */
class BadInputEvaluateTest {
    @TempDir
    Path dir;
    CustomerSplit customers;

    @BeforeEach
    void split() throws Exception {
        customers = CustomerSplit.in(dir);
    }

    /** The train split with {@code edit} applied to every data row's cells. */
    private Path variant(String name, UnaryOperator<String[]> edit) throws IOException {
        List<String> lines = Files.readAllLines(customers.train());
        StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            text.append(String.join(",", edit.apply(line.split(",", -1)))).append('\n');
        }
        return Files.writeString(dir.resolve(name), text);
    }

    /** The train split with the cell {@code cell} of data row {@code row} (0-based) replaced. */
    private Path withCell(String name, int row, int cell, String value) throws IOException {
        int[] at = {0};
        return variant(name, cells -> {
            cells[cell] = at[0]++ == row ? value : cells[cell];
            return cells;
        });
    }

    private void assertRefused(CliHarness r, Path out, String expected) {
        BadInputTest.assertOneLineError(r, expected);
        assertEquals(1, r.err().lines().count(), "nothing but the error line: " + r.err());
        assertFalse(Files.exists(out), "no output folder");
    }

    /** Exit code 0, strict JSON (Jackson refuses NaN by default) and the report. */
    private JsonNode assertEvaluated(CliHarness r, Path out) throws IOException {
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(out.resolve("report.html")) > 0);
        return new ObjectMapper().readTree(out.resolve(EvaluationRecord.JSON).toFile());
    }

    @Test
    void aNumberBeyondSinglePrecisionIsRefusedAtItsLineAndColumn() throws IOException {
        // monthly_spend is the sixth cell; the third data row is on line 4
        Path synthetic = withCell("huge.csv", 2, 5, "1e308");
        Path out = dir.resolve("huge");
        assertRefused(customers.evaluate(synthetic, out), out,
                "huge.csv line 4 (column 'monthly_spend'): expected a number of magnitude at most");
        assertRefused(customers.evaluate(customers.train(), out, "--test", synthetic.toString(),
                "--metrics", "mle"), out, "huge.csv line 4 (column 'monthly_spend')");
    }

    @Test
    void aCategoryTheRealTableLacksIsNamedWithItsLine() throws IOException {
        Path synthetic = withCell("gold.csv", 3, 1, "gold");
        Path out = dir.resolve("gold");
        assertRefused(customers.evaluate(synthetic, out, "--metrics", "alpha-beta"), out,
                "gold.csv line 5 (column 'plan'): category 'gold' is not in");
    }

    @Test
    void tooFewRowsAndAnEmptyOutPathAreRefusedNamingWhatIsWrong() throws IOException {
        List<String> lines = Files.readAllLines(customers.train());
        Path few = Files.write(dir.resolve("few.csv"), lines.subList(0, 3));
        Path out = dir.resolve("few");
        assertRefused(customers.evaluate(few, out), out,
                "few.csv: c2st (one row per fold) needs at least 3 rows in the synthetic table, got 2");
        CliHarness r = customers.evaluate(customers.train(), Path.of(""), "--metrics", "shape");
        BadInputTest.assertOneLineError(r, "--out: expected a folder, got an empty path");
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void columnsInAnotherOrderAreTheSameColumns() throws IOException {
        List<String> lines = Files.readAllLines(customers.train());
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            Collections.reverse(cells);
            text.append(String.join(",", cells)).append('\n');
        }
        Path synthetic = Files.writeString(dir.resolve("reversed.csv"), text);
        Path out = dir.resolve("reversed");
        JsonNode json = assertEvaluated(customers.evaluate(synthetic, out, "--metrics",
                "shape,trend"), out);
        assertEquals(1.0, json.path("shape").asDouble());
        assertEquals(1.0, json.path("trend").asDouble());
    }

    @Test
    void aSyntheticColumnWithoutValuesIsSaidAloudNotHiddenInTheMean() throws IOException {
        Path synthetic = variant("blank.csv", cells -> {
            cells[5] = "";
            return cells;
        });
        Path out = dir.resolve("blank");
        CliHarness r = customers.evaluate(synthetic, out, "--metrics", "shape,trend");
        JsonNode json = assertEvaluated(r, out);
        assertTrue(r.err().contains("scorekit: warning: shape: column 'monthly_spend' has no values"
                + " in one of the tables; left out of the mean"), r.err());
        assertTrue(r.err().contains("scorekit: warning: trend: "), r.err());
        assertEquals(2, json.path("warnings").size(), json.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Warning: shape: column"));
    }

    @Test
    void aConstantFirstNumericalColumnStillGivesAnMleScore() throws IOException {
        Path synthetic = variant("constant.csv", cells -> {
            cells[4] = "40";
            return cells;
        });
        Path out = dir.resolve("constant");
        JsonNode json = assertEvaluated(customers.evaluate(synthetic, out, "--test",
                customers.test().toString(), "--metrics", "mle"), out);
        assertTrue(json.has("mle") && json.has("mleReal"), json.toString());
    }

    @Test
    void numbersAtTheEdgeOfSinglePrecisionAreScoredAndPlotted() throws IOException {
        int[] row = {0};
        Path synthetic = variant("edge.csv", cells -> {
            cells[5] = row[0]++ % 2 == 0 ? "3e38" : "-3e38";
            return cells;
        });
        Path out = dir.resolve("edge");
        JsonNode json = assertEvaluated(customers.evaluate(synthetic, out, "--holdout",
                customers.test().toString(), "--metrics", "shape,dcr"), out);
        assertTrue(json.path("dcr").isNumber(), json.toString());
    }
}
