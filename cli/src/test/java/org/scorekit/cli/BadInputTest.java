package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken specs in src/test/resources/bad: each must give exit code 2, exactly one
 * line on the error stream naming the field and the expectation, no stack trace, and no run
 * directory marked complete.
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
        assertNoCompleteRun(out);
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

    @Test
    void unknownOptionAndMissingArgument() {
        assertEquals(Main.BAD_INPUT, CliHarness.run("run", "--frobnicate").exitCode());
        assertEquals(Main.BAD_INPUT, CliHarness.run("run").exitCode());
        assertEquals(Main.BAD_INPUT, CliHarness.run("sample", out.toString()).exitCode());
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
        assertTrue(lines.get(0).contains(expected),
                () -> "error line should contain '" + expected + "': " + lines.get(0));
        assertFalse(r.err().contains("\tat "), () -> "no stack trace expected: " + r.err());
        assertFalse(lines.get(0).contains("Exception"), () -> "no exception names: " + lines.get(0));
    }

    static void assertNoCompleteRun(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("COMPLETE")),
                    "no run directory may be marked complete");
        }
    }
}
