package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.scorekit.cli.BadInputTest.assertOneLineError;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.experiment.Provenance;

/**
 * Incomplete, edited and tampered run directories, and the outputs of {@code sample} and
 * {@code score}: every case is one {@code scorekit: error:} line with exit code 2, and nothing is
 * written. One tiny run serves every case; each works on its own copy.
 */
class RunFaultTest {
    @TempDir
    static Path root;
    static Path runDir;
    static Path points;

    @BeforeAll
    static void runTinySpec() throws Exception {
        Path spec = Path.of(RunFaultTest.class.getResource("/tiny.yaml").toURI());
        CliHarness r = CliHarness.run("run", spec.toString(), "--out", root.resolve("runs").toString(),
                "--no-report");
        assertEquals(0, r.exitCode(), r::err);
        runDir = CliRunTest.onlyRunDirectory(root.resolve("runs/tiny"));
        points = Files.writeString(root.resolve("points.csv"), "x1,x2\n0.1,0.2\n");
    }

    /** A copy of the run directory to break. */
    private static Path copy(String name) throws Exception {
        Path copy = Files.createDirectories(root.resolve(name));
        try (Stream<Path> s = Files.list(runDir)) {
            for (Path p : s.toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        return copy;
    }

    /** After kill -9 during writing there is no COMPLETE: no command may pass the run off as a result. */
    @Test
    void incompleteRunIsRefusedByEveryCommand() throws Exception {
        Path dir = copy("incomplete");
        Files.delete(dir.resolve("COMPLETE"));
        String expected = "not a complete run directory (no COMPLETE marker";
        assertOneLineError(CliHarness.run("report", dir.toString()), expected);
        assertOneLineError(CliHarness.run("reproduce", dir.resolve("run.json").toString()), expected);
        assertOneLineError(CliHarness.run("sample", dir.toString(), "-n", "5", "--out",
                dir.resolve("s.csv").toString()), expected);
        assertOneLineError(CliHarness.run("score", dir.toString(), "--points", points.toString(),
                "--t", "1"), expected);
        assertFalse(Files.exists(dir.resolve("report.html")) || Files.exists(dir.resolve("s.csv")));
    }

    @Test
    void editedSpecIsCaughtBySpecHash() throws Exception {
        Path dir = copy("edited");
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, Files.readString(spec).replace("\"seed\" : 42", "\"seed\" : 43"));
        String expected = "spec.json: does not match the specHash";
        assertOneLineError(CliHarness.run("reproduce", dir.resolve("run.json").toString()), expected);
        assertOneLineError(CliHarness.run("sample", dir.toString(), "-n", "5", "--out",
                dir.resolve("s.csv").toString()), expected);
    }

    /** model.bin and its checksum in model.json replaced together: the run record still knows. */
    @Test
    void weightsReplacedWithTheirChecksumAreCaughtByTheRunRecord() throws Exception {
        Path dir = copy("replaced");
        byte[] weights = Files.readAllBytes(dir.resolve("model.bin"));
        ByteBuffer.wrap(weights).putDouble(0, 0.5);
        String oldSha = Provenance.sha256(Files.readAllBytes(dir.resolve("model.bin")));
        Files.write(dir.resolve("model.bin"), weights);
        Path description = dir.resolve("model.json");
        Files.writeString(description, Files.readString(description)
                .replace(oldSha, Provenance.sha256(weights)));
        assertOneLineError(CliHarness.run("score", dir.toString(), "--points", points.toString(),
                "--t", "1"), "model.bin: checksum does not match the modelSha256 of run.json");
    }

    @Test
    void runRecordWithoutTheWeightsChecksum() throws Exception {
        Path dir = copy("old-record");
        Path record = dir.resolve("run.json");
        Files.writeString(record, Files.readString(record).replaceFirst("\"modelSha256\"", "\"unused\""));
        assertOneLineError(CliHarness.run("sample", dir.toString(), "-n", "5", "--out",
                dir.resolve("s.csv").toString()), "run.json: no modelSha256 (written by an older scorekit");
    }

    /** Weights that became a FIFO are refused from the file type: loading them cannot block. */
    @Test
    void weightsThatAreAFifoDoNotHang() throws Exception {
        Path dir = copy("fifo-weights");
        Files.delete(dir.resolve("model.bin"));
        assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("model.bin").toString()).start()
                .waitFor() == 0, "mkfifo is not available");
        CliHarness r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliHarness.run(
                "score", dir.toString(), "--points", points.toString(), "--t", "1"));
        assertOneLineError(r, "model.bin: expected a regular file");
    }

    /** A run.json that is {@code null} is refused before reproduce re-runs anything. */
    @Test
    void nullRunRecord() throws Exception {
        Path dir = copy("null-record");
        Files.writeString(dir.resolve("run.json"), "null\n");
        CliHarness r = CliHarness.run("reproduce", dir.resolve("run.json").toString());
        assertOneLineError(r, "run.json: expected a run record");
        assertFalse(r.err().contains("training"), "nothing re-run: " + r.err());
    }

    @Test
    void scoreAtExtremePointsIsAnErrorNotNaN() throws Exception {
        Path far = Files.writeString(root.resolve("far.csv"), "x1,x2\n0.1,0.2\n1e308,-1e308\n");
        Path out = root.resolve("far-scores.csv");
        assertOneLineError(CliHarness.run("score", runDir.toString(), "--points", far.toString(),
                "--t", "1", "--out", out.toString()),
                "1 of 2 rows of scores are not finite (the first is row 2)");
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"600000000", "1000000000"})
    void sampleCountBeyondMemoryIsRefusedUpFront(String count) {
        CliHarness r = CliHarness.run("sample", runDir.toString(), "-n", count, "--out",
                root.resolve("s.csv").toString());
        assertOneLineError(r, "-n ");
        assertTrue(r.err().contains("SCOREKIT_JAVA_OPTS=-Xmx") || r.err().contains("one array"), r.err());
    }

    @Test
    void outputIntoAMissingFolder() {
        assertOneLineError(CliHarness.run("sample", runDir.toString(), "-n", "5", "--out",
                root.resolve("no/such/folder/s.csv").toString()), "s.csv: the folder does not exist");
    }

    @Test
    void outputOntoAnExistingDirectory() throws Exception {
        Path dir = Files.createDirectories(root.resolve("a-directory"));
        assertOneLineError(CliHarness.run("score", runDir.toString(), "--points", points.toString(),
                "--t", "1", "--out", dir.toString()), "a-directory: is a directory");
        assertTrue(Files.isDirectory(dir));
    }

    /** As root a rename onto a device such as /dev/full would replace it: a non-regular target is refused. */
    @Test
    void outputOntoAFifo() throws Exception {
        Path fifo = root.resolve("fifo.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is not available");
        CliHarness r = CliHarness.run("sample", runDir.toString(), "-n", "5", "--out", fifo.toString());
        assertOneLineError(r, "fifo.csv: is not a regular file");
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }
}
