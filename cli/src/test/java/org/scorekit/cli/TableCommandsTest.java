package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's table walkthrough: {@code fit} on a CSV with string categoricals, booleans and
 * missing cells, {@code sample} from the model directory, {@code reproduce} of a table run.
 */
class TableCommandsTest {
    @TempDir
    static Path root;
    static Path table;
    static Path model;

    @BeforeAll
    static void fit() throws Exception {
        table = Path.of(TableCommandsTest.class.getResource("/tables/loans.csv").toURI());
        model = root.resolve("model");
        CliHarness r = CliHarness.run("fit", table.toString(), "--target", "default", "--out",
                model.toString(), "--no-report");
        assertEquals(0, r.exitCode(), r::err);
        assertTrue(r.out().contains("synthetic table (2000 rows)"), r.out());
    }

    @Test
    void theModelDirectoryHoldsEncoderWeightsSpecAndTheSyntheticTable() {
        for (String f : List.of("spec.json", "run.json", "encoder.json", "model.bin",
                "model.json", "synthetic.csv", "samples-gaussian-fit.csv", "COMPLETE")) {
            assertTrue(Files.isRegularFile(model.resolve(f)), "missing " + f);
        }
        assertFalse(Files.exists(model.resolve("samples-exact.csv")));
    }

    @Test
    void sampledTablesHaveTheColumnsAndCategoriesOfTheTableAndRepeatForASeed() throws Exception {
        Path a = root.resolve("a.csv");
        Path b = root.resolve("b.csv");
        for (Path out : List.of(a, b)) {
            CliHarness r = CliHarness.run("sample", model.toString(), "-n", "200", "--seed", "9",
                    "--steps", "100", "--out", out.toString());
            assertEquals(0, r.exitCode(), r::err);
        }
        assertEquals(Files.readString(a), Files.readString(b));
        List<String> lines = Files.readAllLines(a);
        assertEquals("age,income,region,owner,grade,default", lines.get(0));
        assertEquals(201, lines.size());
        Set<String> regions = column(lines, 2);
        assertTrue(Set.of("north", "south", "east", "west").containsAll(regions), regions::toString);
        assertTrue(Set.of("true", "false").containsAll(column(lines, 3)));
        assertTrue(Set.of("A", "B", "C", "").containsAll(column(lines, 4)));
        for (String age : column(lines, 0)) {
            assertTrue(age.matches("\\d+"), age);
        }
    }

    @Test
    void aTableRunReproducesBitForBit() throws Exception {
        Path spec = Path.of(TableCommandsTest.class.getResource("/tiny-table.yaml").toURI());
        CliHarness run = CliHarness.run("run", spec.toString(), "--out",
                root.resolve("runs").toString());
        assertEquals(0, run.exitCode(), run::err);
        Path dir = CliRunTest.onlyRunDirectory(root.resolve("runs/tiny-table"));
        // The report of a table run shows no oracle sections and names the Gaussian fit.
        String report = Files.readString(dir.resolve("report.md"));
        assertFalse(report.contains("not recorded") || report.contains("Score metrics"), report);
        assertTrue(report.contains("Gaussian fit") && report.contains("held-out"), report);
        CliHarness again = CliHarness.run("reproduce", dir.resolve("run.json").toString());
        assertEquals(0, again.exitCode(), again::err);
        assertTrue(again.out().contains("bit-identical"), again.out());
    }

    @Test
    void badTableInputIsOneLineWithExitCode2AndWritesNothing() throws Exception {
        Path one = root.resolve("one.csv");
        Files.writeString(one, "a,b\n1.5,x\n");
        Path out = root.resolve("never");
        assertBad(List.of("fit", one.toString(), "--out", out.toString()), "at least 2 rows");
        assertFalse(Files.exists(out));
        Path taken = root.resolve("taken");
        Files.createDirectories(taken.resolve("x"));
        assertBad(List.of("fit", table.toString(), "--out", taken.toString()), "not empty");
        assertBad(List.of("fit", table.toString(), "--estimator", "gan", "--out", out.toString()),
                "--estimator must be theory or mlp: gan");
        assertFalse(Files.exists(out));
        assertBad(List.of("sample", model.toString(), "-n", "0", "--out",
                root.resolve("s.csv").toString()), "-n must be between 1 and 1000000000");
        assertBad(List.of("sample", model.toString(), "-n", "1000000001", "--out",
                root.resolve("s.csv").toString()), "-n must be between 1 and 1000000000");
        assertFalse(Files.exists(root.resolve("s.csv")));
    }

    private static void assertBad(List<String> args, String expected) {
        CliHarness r = CliHarness.run(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r::err);
        assertEquals(1, r.err().lines().count(), r::err);
        assertTrue(r.err().startsWith("scorekit: error: ") && r.err().contains(expected), r::err);
    }

    private static Set<String> column(List<String> lines, int k) {
        Set<String> values = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            values.add(Arrays.asList(line.split(",", -1)).get(k));
        }
        return values;
    }
}
