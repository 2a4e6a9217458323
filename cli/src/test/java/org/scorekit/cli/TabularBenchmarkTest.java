package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scorekit benchmark tabular --quick} on the 400-row loans table: both splits, a summary
 * table with the real-data row, resumption of finished cells, an interrupted cell redone to the
 * same numbers, and bad input refused before any work.
 */
class TabularBenchmarkTest {
    @TempDir
    static Path root;
    static Path table;
    static Path out;
    static CliHarness first;

    @BeforeAll
    static void runOnce() throws Exception {
        table = Path.of(TabularBenchmarkTest.class.getResource("/tables/loans.csv").toURI());
        out = root.resolve("bench");
        first = CliHarness.run("benchmark", "tabular", "--data", table.toString(), "--target",
                "default", "--estimators", "theory,mlp", "--quick", "--out", out.toString());
    }

    @Test
    void bothSplitsAreFittedSampledAndEvaluatedIntoOneTable() throws Exception {
        assertEquals(0, first.exitCode(), first::err);
        assertTrue(first.out().contains("scorekit theory") && first.out().contains("scorekit mlp")
                && first.out().contains("Real data"), first.out());
        List<String> csv = Files.readAllLines(out.resolve("benchmark.csv"));
        assertEquals(4, csv.size(), "header, theory, mlp, real data");
        assertTrue(csv.get(0).startsWith("method,source,shape_error_pct_mean,"), csv.get(0));
        assertTrue(Files.readString(out.resolve("benchmark.html")).contains("Real data"));
        JsonNode ninety = cell("90-10-theory-seed0");
        assertEquals(360, ninety.path("trainRows").asInt());
        for (String key : List.of("shape", "trend", "alphaPrecision", "betaRecall", "c2stLogistic",
                "c2stXgboost", "mle", "mleReal")) {
            double v = ninety.path("metrics").path(key).asDouble(Double.NaN);
            assertTrue(v >= 0 && v <= 1, key + " " + v);
        }
        JsonNode fifty = cell("50-50-theory-seed0");
        assertEquals(200, fifty.path("trainRows").asInt());
        assertTrue(fifty.path("metrics").has("dcr") && fifty.path("metrics").has("exactCopies")
                && fifty.path("metrics").has("exactCopiesHoldout"), fifty.toString());
        // The synthetic table has as many rows as the split's train table.
        assertEquals(361, Files.readAllLines(out.resolve("cells/90-10-theory-seed0/synthetic.csv"))
                .size());
    }

    @Test
    void aRerunKeepsFinishedCellsAndRedoesAnInterruptedOneToTheSameNumbers() throws Exception {
        assertEquals(0, first.exitCode(), first::err);
        JsonNode before = cell("50-50-theory-seed0").path("metrics");
        String csv = Files.readString(out.resolve("benchmark.csv"));
        CliHarness again = CliHarness.run("benchmark", "tabular", "--data", table.toString(),
                "--target", "default", "--estimators", "theory,mlp", "--quick", "--out",
                out.toString());
        assertEquals(0, again.exitCode(), again::err);
        assertEquals(4, again.out().lines().filter(l -> l.contains("kept from an earlier run"))
                .count(), again.out());
        assertEquals(csv, Files.readString(out.resolve("benchmark.csv")));
        // An interrupted cell: its folder without the completion marker.
        Files.delete(out.resolve("cells/50-50-theory-seed0").resolve(BenchmarkCell.MARKER));
        CliHarness resumed = CliHarness.run("benchmark", "tabular", "--data", table.toString(),
                "--target", "default", "--estimators", "theory,mlp", "--quick", "--out",
                out.toString());
        assertEquals(0, resumed.exitCode(), resumed::err);
        assertTrue(resumed.out().contains("cell 3/4 50-50-theory-seed0: fitting"), resumed.out());
        assertEquals(before, cell("50-50-theory-seed0").path("metrics"));
    }

    @Test
    void badInputIsOneLineWithExitCode2BeforeAnyWork() throws Exception {
        Path fresh = root.resolve("never");
        String data = table.toString();
        assertBad(List.of("--data", data, "--target", "default", "--seeds", "0", "--out",
                fresh.toString()), "--seeds must be between 1 and 100: 0");
        assertBad(List.of("--data", data, "--target", "default", "--estimators", "theory,gan",
                "--out", fresh.toString()), "--estimators: each must be one of [theory, mlp]: gan");
        assertBad(List.of("--dataset", "adult", "--out", fresh.toString()),
                "--dataset must be one of [credit-default]: adult");
        assertBad(List.of("--data", data, "--out", fresh.toString()), "--target: the benchmark"
                + " needs the target column");
        assertBad(List.of("--data", data, "--target", "nope", "--out", fresh.toString()), "nope");
        assertBad(List.of("--out", fresh.toString()), "give --dataset credit-default or --data");
        assertFalse(Files.exists(fresh));
        assertBad(List.of("--data", data, "--target", "default", "--quick", "--seeds", "2",
                "--out", out.toString()), "holds a benchmark with other settings");
    }

    private static JsonNode cell(String name) throws Exception {
        return new ObjectMapper().readTree(out.resolve("cells").resolve(name)
                .resolve(BenchmarkCell.MARKER).toFile());
    }

    private static void assertBad(List<String> args, String expected) {
        List<String> all = new java.util.ArrayList<>(List.of("benchmark", "tabular"));
        all.addAll(args);
        CliHarness r = CliHarness.run(all.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r::err);
        assertEquals(1, r.err().lines().count(), r::err);
        assertTrue(r.err().startsWith("scorekit: error: ") && r.err().contains(expected), r::err);
    }
}
