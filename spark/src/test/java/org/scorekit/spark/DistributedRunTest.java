package org.scorekit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.experiment.SpecReader;

/** {@code scorekit run SPEC --master local[2]}: the local run's directory, bit for bit. */
class DistributedRunTest {
    @TempDir
    Path tmp;

    @Test
    void aRunOnSparkWritesTheLocalRunsResults() throws IOException {
        String spec = SparkHarness.resource("small.yaml").toString();
        SparkHarness distributed = SparkHarness.spark("run", spec, "--master", "local[2]",
                "--partitions", "3", "--no-report", "--out", tmp.resolve("spark").toString());
        assertEquals(0, distributed.exitCode(), distributed.err());
        assertTrue(distributed.err().contains("GD steps on Spark (local[2], 3 partitions)"),
                distributed.err());
        SparkHarness local = SparkHarness.local("run", spec, "--no-report", "--out",
                tmp.resolve("local").toString());
        assertEquals(0, local.exitCode(), local.err());
        Path a = runDirectory(tmp.resolve("spark"));
        Path b = runDirectory(tmp.resolve("local"));
        for (String file : new String[] {"history.csv", "model.bin", "samples.csv", "spec.json"}) {
            assertArrayEquals(Files.readAllBytes(b.resolve(file)), Files.readAllBytes(a.resolve(file)),
                    file);
        }
        assertEquals(results(b), results(a));
        SparkHarness reproduced = SparkHarness.local("reproduce", a.resolve("run.json").toString());
        assertEquals(0, reproduced.exitCode(), reproduced.out() + reproduced.err());
    }

    @Test
    void badMastersAndEstimatorsAreOneLine() throws IOException {
        String spec = SparkHarness.resource("small.yaml").toString();
        String out = tmp.resolve("out").toString();
        expectBadInput(SparkHarness.spark("run", spec, "--master", "yarn", "--out", out),
                "--master yarn: expected local");
        expectBadInput(SparkHarness.spark("run", spec, "--master", "spark://127.0.0.1:1",
                "--out", out), "no Spark master answers at 127.0.0.1:1");
        expectBadInput(SparkHarness.spark("run", spec, "--master", "local[2]", "--partitions",
                "0", "--out", out), "--partitions 0");
        Path mlp = tmp.resolve("mlp.yaml");
        Files.writeString(mlp, Files.readString(Path.of(spec))
                .replace("  width: 64\n", "  type: mlp\n  width: 64\n")
                .replace("  evaluateEvery: 5\n", "  evaluateEvery: 5\n  blocks: 1\n"));
        expectBadInput(SparkHarness.spark("run", mlp.toString(), "--master", "local[2]",
                "--out", out), "trains the network estimator only");
        assertTrue(!Files.exists(tmp.resolve("out")) || isEmpty(tmp.resolve("out")));
    }

    static void expectBadInput(SparkHarness r, String fragment) {
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("scorekit: error: ") && r.err().contains(fragment), r.err());
    }

    static Path runDirectory(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("run.json")).findFirst()
                    .orElseThrow().getParent();
        }
    }

    static JsonNode results(Path runDir) throws IOException {
        return SpecReader.json().readTree(runDir.resolve("run.json").toFile()).path("results");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
