package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken specs in src/test/resources/bad: each must give exit code 2, exactly one
 * short line {@code scorekit: error: ...} on the error stream naming the file, position or field
 * and the expectation, no stack trace, and nothing created under {@code --out}. Broken command
 * lines and input files that are not regular files are held to the same line.
 */
class BadInputTest {
    @TempDir
    Path out;

    static Path corpus() throws URISyntaxException {
        return Path.of(BadInputTest.class.getResource("/bad/expected.csv").toURI()).getParent();
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(corpus().resolve("expected.csv"));
        return lines.stream().filter(l -> !l.isBlank()).map(l -> {
            int bar = l.indexOf('|');
            return Arguments.of(l.substring(0, bar), l.substring(bar + 1));
        });
    }

    @Test
    void corpusCoversEveryFile() throws IOException, URISyntaxException {
        long files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(p -> !p.getFileName().toString().equals("expected.csv")).count();
        }
        assertEquals(files, cases().count(), "every corpus file needs an expected message");
        assertTrue(files >= 15, "the corpus must hold at least 15 broken specs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenSpecIsRejectedWithOneClearLine(String file, String expected) throws Exception {
        CliHarness r = CliHarness.run("run", corpus().resolve(file).toString(), "--out", out.toString());
        assertOneLineError(r, expected);
        assertNothingCreated(out);
    }

    /** A FIFO is refused from its file type, before opening it could block. */
    @Test
    void specThatIsAFifoDoesNotHang() throws Exception {
        Path fifo = out.resolve("spec.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        CliHarness r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliHarness.run("run", fifo.toString(), "--out", out.resolve("runs").toString()));
        assertOneLineError(r, "spec.yaml: expected a regular file, got a device, FIFO or socket");
    }

    @Test
    void specThatLinksToDevZeroIsRefusedUnread() throws Exception {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "no /dev/zero");
        Path link = Files.createSymbolicLink(out.resolve("spec.yaml"), device);
        assertOneLineError(CliHarness.run("run", link.toString(), "--out", out.resolve("runs").toString()),
                "spec.yaml: expected a regular file, got a device, FIFO or socket");
        Files.delete(link);
    }

    @Test
    void specThatIsADirectory() throws Exception {
        Path dir = Files.createDirectory(out.resolve("spec.yaml"));
        assertOneLineError(CliHarness.run("run", dir.toString(), "--out", out.resolve("runs").toString()),
                "spec.yaml: expected a regular file, got a directory");
    }

    @Test
    void missingSpecFile() {
        assertOneLineError(CliHarness.run("run", out.resolve("nope.yaml").toString(), "--out",
                out.toString()), "nope.yaml: file not found");
    }

    @Test
    void unwritableOutputDirectory() throws Exception {
        Path file = Files.writeString(out.resolve("a-file"), "not a directory");
        CliHarness r = CliHarness.run("run", corpus().resolve("../tiny.yaml").normalize().toString(),
                "--out", file.resolve("runs").toString());
        assertOneLineError(r, "not a writable directory");
    }

    /** Picocli's own errors are one line in the same format, pointing at the command's help. */
    @Test
    void commandLineErrorsAreOneLine() {
        assertOneLineError(CliHarness.run("run", "spec.yaml", "--frobnicate"),
                "Unknown option: '--frobnicate'");
        assertOneLineError(CliHarness.run("run"), "Missing required parameter: 'SPEC'");
        assertOneLineError(CliHarness.run("sample", out.toString()), "Missing required options");
        assertOneLineError(CliHarness.run("frobnicate"), "Unmatched argument at index 0: 'frobnicate'"
                + " (see 'scorekit --help')");
        assertOneLineError(CliHarness.run("sample", out.toString(), "-n", "ten", "--out", "s.csv"),
                "Invalid value for option '-n': 'ten' is not an int (see 'scorekit sample --help')");
        assertOneLineError(CliHarness.run("score", out.toString(), "--points", "p.csv", "--t", "soon"),
                "Invalid value for option '--t': 'soon' is not a double");
        CliHarness huge = CliHarness.run("sample", out.toString(), "-n", "9".repeat(100_000), "--out",
                "s.csv");
        assertOneLineError(huge, "Invalid value for option '-n': '99999");
    }

    @Test
    void noSubcommandPrintsTheUsageAndExitsTwo() {
        CliHarness r = CliHarness.run();
        assertEquals(Main.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("Usage: scorekit"), r.err());
        assertEquals("", r.out());
    }

    /** The error line points at {@code scorekit <command> --help}, so every command must have it. */
    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        for (String command : List.of("demo", "run", "sample", "score", "report", "reproduce",
                "experiment", "split")) {
            CliHarness r = CliHarness.run(command, "--help");
            assertEquals(0, r.exitCode(), command + " --help: " + r.err());
            assertTrue(r.out().startsWith("Usage: scorekit " + command), r.out());
        }
    }

    @Test
    void sampleFromSomethingThatIsNotARun() {
        assertOneLineError(CliHarness.run("sample", out.toString(), "-n", "5", "--out",
                out.resolve("s.csv").toString()), "not a complete run directory");
    }

    static void assertOneLineError(CliHarness r, String expected) {
        assertEquals(Main.BAD_INPUT, r.exitCode(), () -> "exit code; stderr: " + r.err());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("scorekit: ")).toList();
        assertEquals(1, lines.size(), () -> "one error line expected, got: " + r.err());
        assertTrue(lines.get(0).startsWith("scorekit: error: "), lines.get(0));
        assertTrue(lines.get(0).length() <= Failure.MAX_LENGTH, () -> "a short line: " + lines.get(0));
        assertTrue(lines.get(0).contains(expected),
                () -> "error line should contain '" + expected + "': " + lines.get(0));
        assertFalse(r.err().contains("\tat "), () -> "no stack trace expected: " + r.err());
        assertFalse(lines.get(0).contains("Exception"), () -> "no exception names: " + lines.get(0));
    }

    /** Nothing at all under {@code root}: no run directory, not even an empty one. */
    static void assertNothingCreated(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of(), s.toList(), "a rejected spec must create nothing");
        }
    }
}
