package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on a tiny spec: run, files, report, sample, score, reproduce. */
class CliRunTest {
    @TempDir
    static Path root;
    static Path runDir;
    static Path spec;

    @BeforeAll
    static void runTinySpec() throws Exception {
        spec = Path.of(CliRunTest.class.getResource("/tiny.yaml").toURI());
        CliHarness r = CliHarness.run("run", spec.toString(), "--out", root.resolve("runs").toString());
        assertEquals(0, r.exitCode(), () -> r.err());
        runDir = onlyRunDirectory(root.resolve("runs/tiny"));
    }

    static Path onlyRunDirectory(Path parent) throws Exception {
        try (Stream<Path> s = Files.list(parent)) {
            List<Path> dirs = s.toList();
            assertEquals(1, dirs.size(), "one run directory");
            return dirs.get(0);
        }
    }

    @Test
    void runDirectoryIsComplete() {
        for (String f : List.of("spec.json", "run.json", "history.csv", "score-vs-time.csv",
                "samples.csv", "samples-exact.csv", "samples-untrained.csv", "reference.csv",
                "model.json", "model.bin", "report.html", "report.md", "plots/coupling.png",
                "COMPLETE")) {
            assertTrue(Files.isRegularFile(runDir.resolve(f)), "missing " + f);
        }
    }

    @Test
    void runRecordHoldsProvenanceAndResults() throws Exception {
        JsonNode run = new ObjectMapper().readTree(runDir.resolve("run.json").toFile());
        assertEquals("tiny", run.path("name").asText());
        assertTrue(run.path("provenance").path("backend").isTextual());
        assertEquals(42, run.path("provenance").path("seed").asLong());
        JsonNode training = run.path("results").path("training");
        assertTrue(training.path("lambdaMax").asDouble() > 0);
        assertEquals(3, run.path("results").path("scoreMetrics").size());
        assertEquals(10, run.path("results").path("sampleMetrics").size());
        JsonNode resolved = new ObjectMapper().readTree(runDir.resolve("spec.json").toFile());
        assertEquals(1.0, resolved.path("estimator").path("stepSize").asDouble(),
                "the resolved spec writes every default");
        assertEquals("euler-maruyama", resolved.path("sampler").path("type").asText());
    }

    @Test
    void reproduceIsBitIdenticalAndDetectsAChangedNumber() throws Exception {
        CliHarness same = CliHarness.run("reproduce", runDir.resolve("run.json").toString());
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertTrue(same.out().contains("bit-identical"), same.out());

        Path copy = root.resolve("tampered");
        Files.createDirectories(copy);
        try (Stream<Path> s = Files.list(runDir)) {
            for (Path p : s.toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode run = (ObjectNode) json.readTree(copy.resolve("run.json").toFile());
        ObjectNode training = (ObjectNode) run.path("results").path("training");
        training.put("lambdaMax", Math.nextUp(training.path("lambdaMax").asDouble()));
        json.writeValue(copy.resolve("run.json").toFile(), run);
        CliHarness diff = CliHarness.run("reproduce", copy.resolve("run.json").toString());
        assertEquals(1, diff.exitCode(), diff.out() + diff.err());
        assertTrue(diff.out().contains("results.training.lambdaMax"), diff.out());
    }

    @Test
    void sampleWritesTheRequestedRows() throws Exception {
        Path out = root.resolve("new-samples.csv");
        CliHarness r = CliHarness.run("sample", runDir.toString(), "-n", "50", "--steps", "20",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("x1,x2", lines.get(0));
        assertEquals(51, lines.size());
    }

    @Test
    void scoreMatchesTweedieFromTheDenoiserColumns() throws Exception {
        Path points = Files.writeString(root.resolve("points.csv"), "x1,x2\n0.5,1.0\n-2.0,0.25\n");
        CliHarness r = CliHarness.run("score", runDir.toString(), "--points", points.toString(),
                "--t", "0.5");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("x1,x2,score1,score2,denoised1,denoised2", lines.get(0));
        assertEquals(3, lines.size());
        double alpha = Math.exp(-0.25);
        double h = 1 - Math.exp(-0.5);
        for (String line : lines.subList(1, 3)) {
            double[] v = Stream.of(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            for (int k = 0; k < 2; k++) {
                double expected = alpha / h * v[4 + k] - v[k] / h;
                assertEquals(expected, v[2 + k], 1e-12 * Math.max(1, Math.abs(expected)));
            }
        }
    }

    @Test
    void scoreRejectsATimeOutsideTheWindowAndBadPoints() throws Exception {
        Path points = Files.writeString(root.resolve("bad-points.csv"), "x1,x2\n0.5,oops\n");
        BadInputTest.assertOneLineError(CliHarness.run("score", runDir.toString(), "--points",
                points.toString(), "--t", "0.5"), "bad-points.csv line 2 column 2: expected a number");
        Path good = Files.writeString(root.resolve("good-points.csv"), "x1,x2\n0.5,1\n");
        BadInputTest.assertOneLineError(CliHarness.run("score", runDir.toString(), "--points",
                good.toString(), "--t", "9"), "--t must lie in the run's window");
        Path wide = Files.writeString(root.resolve("wide-points.csv"), "x1,x2,x3\n0.5,1,2\n");
        BadInputTest.assertOneLineError(CliHarness.run("score", runDir.toString(), "--points",
                wide.toString(), "--t", "0.5"), "expected 2 columns, got 3");
    }

    @Test
    void scoreRejectsPointsThatAreNotUtf8TextOrNotAFile() throws Exception {
        Path latin1 = Files.write(root.resolve("latin1-points.csv"),
                "x1,x2\n0.5,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        BadInputTest.assertOneLineError(CliHarness.run("score", runDir.toString(), "--points",
                latin1.toString(), "--t", "0.5"), "latin1-points.csv line 2: not UTF-8 at byte 14");
        BadInputTest.assertOneLineError(CliHarness.run("score", runDir.toString(), "--points",
                root.toString(), "--t", "0.5"), root + ": expected a regular file");
        Path infinite = Files.writeString(root.resolve("inf-points.csv"), "x1,x2\n0.5,Infinity\n");
        BadInputTest.assertOneLineError(CliHarness.run("score", runDir.toString(), "--points",
                infinite.toString(), "--t", "0.5"), "line 2 column 2: expected a finite number");
    }

    @Test
    void reportOnAMalformedCsvIsOneLine() throws Exception {
        Path copy = root.resolve("corrupt-run");
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(runDir.relativize(f).toString()));
            }
        }
        Files.writeString(copy.resolve("history.csv"), "step,train_loss\n0,abc\n");
        BadInputTest.assertOneLineError(CliHarness.run("report", copy.toString()),
                "history.csv line 2 column 2: expected a number for train_loss, got 'abc'");
    }

    @Test
    void sampleRejectsNonPositiveCounts() {
        BadInputTest.assertOneLineError(CliHarness.run("sample", runDir.toString(), "-n", "0",
                "--out", root.resolve("x.csv").toString()), "-n must be between 1 and 1000000000: 0");
    }
}
