package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.random.Rng;
import org.scorekit.tabular.evaluation.EvaluationRecord;

/**
 * {@code scorekit evaluate} on the small mixed table of the split tests (string categoricals,
 * booleans, missing cells): the files it writes, the fixed point real = synthetic, and bad input
 * refused before anything is written.
 */
class EvaluateCommandTest {
    @TempDir
    Path dir;
    Path train;
    Path test;
    CustomerSplit split;

    @BeforeEach
    void split() throws Exception {
        split = CustomerSplit.in(dir);
        train = split.train();
        test = split.test();
    }

    private CliHarness evaluate(Path synthetic, Path out, String... more) {
        return split.evaluate(synthetic, out, more);
    }

    @Test
    void theTrainSplitAgainstItselfScoresOneAndEveryFileIsWritten() throws IOException {
        Path out = dir.resolve("self");
        CliHarness r = evaluate(train, out, "--test", test.toString(), "--holdout", test.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve(EvaluationRecord.JSON).toFile());
        assertEquals(1.0, json.path("shape").asDouble());
        assertEquals(1.0, json.path("trend").asDouble());
        // every synthetic row is a train row: distance 0 to train, so closer than to the holdout
        // unless a holdout row is an exact copy (a tie counts for the holdout)
        assertTrue(json.path("dcr").asDouble() > 0.9, json.toString());
        for (String key : List.of("alphaPrecision", "betaRecall", "c2stLogistic", "c2stXgboost")) {
            double v = json.path(key).asDouble();
            assertTrue(v >= 0 && v <= 1, key + " " + v);
        }
        assertTrue(json.has("mle") && json.has("mleReal"), json.toString());
        assertEquals("ignored", json.path("columns").path("customer_id").asText());
        assertEquals("target", json.path("columns").path("churned").asText());
        Set<String> files = new TreeSet<>();
        try (var s = Files.list(out)) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertEquals(Set.of("c2st.csv", "dcr.csv", "evaluation.json", "mle-grid.csv", "report.html",
                "shape.csv", "trend.csv"), files);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Pair trends") && html.contains("data:image/png;base64,"), "report");
        assertTrue(r.out().contains("shape") && r.out().contains("evaluated in"), r.out());
    }

    /** A synthetic table from fit has no identifier column: the real table's ignored columns may be absent. */
    @Test
    void aSyntheticTableWithoutTheIgnoredIdentifierIsEvaluated() throws IOException {
        List<String> lines = Files.readAllLines(train);
        int id = List.of(lines.get(0).split(",", -1)).indexOf("customer_id");
        assertTrue(id >= 0, lines.get(0));
        Path synthetic = dir.resolve("no-id.csv");
        Files.write(synthetic, lines.stream().map(line -> {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(id);
            return String.join(",", cells);
        }).toList());
        Path out = dir.resolve("no-id");
        CliHarness r = evaluate(synthetic, out, "--metrics", "shape,trend");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve(EvaluationRecord.JSON).toFile());
        assertEquals(1.0, json.path("shape").asDouble());
    }

    @Test
    void independentMarginalsKeepEveryMarginal() throws IOException {
        Path synthetic = dir.resolve("independent.csv");
        Files.writeString(synthetic, permutedColumns(Files.readAllLines(train), Rng.of(3)));
        Path out = dir.resolve("independent");
        CliHarness r = evaluate(synthetic, out, "--metrics", "shape,trend,c2st-logistic");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve(EvaluationRecord.JSON).toFile());
        assertEquals(1.0, json.path("shape").asDouble());
        assertTrue(json.path("trend").asDouble() < 1.0, json.toString());
        assertFalse(json.has("mle") || json.has("dcr") || json.has("alphaPrecision"), json.toString());
    }

    /** The CSV lines with every column permuted on its own (no quoted commas in this table). */
    private static String permutedColumns(List<String> lines, Rng rng) {
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
        int n = rows.size();
        int p = rows.get(0).length;
        String[][] out = new String[n][p];
        for (int j = 0; j < p; j++) {
            int[] order = rng.fork("column-" + j).permutation(n);
            for (int i = 0; i < n; i++) {
                out[i][j] = rows.get(order[i])[j];
            }
        }
        StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
        for (String[] row : out) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString();
    }

    @Test
    void aSyntheticTableWithOtherColumnsIsRefusedAtItsHeader() throws IOException {
        Path synthetic = dir.resolve("other.csv");
        Files.writeString(synthetic, Files.readString(train).replaceFirst("region", "area"));
        Path out = dir.resolve("other");
        CliHarness r = evaluate(synthetic, out);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("scorekit: error: " + synthetic + " line 1"), r.err());
        assertTrue(r.err().contains("missing 'region'") && r.err().contains("'area'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void metricsThatLackTheirTablesOrNamesAreRefusedBeforeAnyWork() {
        for (String[] args : new String[][] {{"--metrics", "mle"}, {"--metrics", "dcr"},
            {"--metrics", "shape,wrong"}, {"--seeds", "0"}}) {
            Path out = dir.resolve("refused");
            CliHarness r = evaluate(train, out, args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("scorekit: error: "), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.err().contains("- Shape"), r.err());
            assertFalse(Files.exists(out), String.join(" ", args));
        }
    }
}
