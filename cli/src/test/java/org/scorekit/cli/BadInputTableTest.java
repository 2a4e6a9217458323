package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.csv.CsvLimits;

/**
 * Hostile tables for {@code scorekit split}, generated in the test's folder: bytes that are not
 * UTF-8, binary files, 10^6 columns, a single line of 100 MB, a folder or FIFO in place of the
 * data file, and {@code --out} paths that cannot be written. Each must give exit code 2, one
 * line {@code scorekit: error: <file> line L ...: <expectation>}, and leave nothing behind; the
 * size and width caps of {@link CsvLimits#DEFAULT} are checked while reading, so the huge inputs
 * fail fast and within the test's heap. The small broken tables of the corpus are in
 * {@link SplitCommandTest}.
 */
class BadInputTableTest {
    /** Ten rows: a numerical column and a two-level categorical one. */
    private static final String VALID = "a,b\n0.5,x\n1.5,y\n2.5,x\n3.5,y\n4.5,x\n5.5,y\n6.5,x\n"
            + "7.5,y\n8.5,x\n9.5,y\n";

    @TempDir
    Path dir;

    private CliHarness split(Path data, String... options) {
        List<String> args = new ArrayList<>(List.of("split", data.toString(), "--out",
                dir.resolve("split").toString()));
        args.addAll(List.of(options));
        return CliHarness.run(args.toArray(String[]::new));
    }

    private void assertRejected(Path data, String expected) throws IOException {
        CliHarness r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> split(data));
        BadInputTest.assertOneLineError(r, expected);
        assertEquals("", r.out());
        assertOnlyInputs(data);
    }

    /** The folder holds the test's input and nothing that split could have written. */
    private void assertOnlyInputs(Path... inputs) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(Arrays.stream(inputs).map(Path::getFileName).sorted().toList(),
                    s.map(Path::getFileName).sorted().toList(), "nothing may be written");
        }
    }

    @Test
    void latin1IsNotUtf8AndTheByteIsNamed() throws Exception {
        Path data = Files.write(dir.resolve("latin1.csv"),
                "name,city\nJos\u00e9,K\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRejected(data, "latin1.csv line 2: not UTF-8 at byte 14 (expected UTF-8 text)");
    }

    @Test
    void utf16IsNotUtf8() throws Exception {
        Path data = Files.write(dir.resolve("utf16.csv"), VALID.getBytes(StandardCharsets.UTF_16));
        assertRejected(data, "utf16.csv line 1: not UTF-8 at byte 1 (expected UTF-8 text)");
    }

    @Test
    void binaryFileIsNotUtf8() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
        assertRejected(Files.write(dir.resolve("image.csv"), png),
                "image.csv line 1: not UTF-8 at byte 1 (expected UTF-8 text)");
    }

    /** Control bytes decode as UTF-8, but a NUL byte is never part of a text table. */
    @Test
    void binaryFileThatDecodesIsRefusedAtItsFirstNulByte() throws Exception {
        byte[] bytes = {'a', ',', 'b', '\n', 1, 2, 0, 3, ',', 4, '\n'};
        assertRejected(Files.write(dir.resolve("blob.csv"), bytes),
                "blob.csv line 2: a NUL byte at byte 7 (expected text, not a binary file)");
    }

    @Test
    void millionColumnsStopAtTheColumnCap() throws Exception {
        Path data = dir.resolve("wide.csv");
        StringBuilder header = new StringBuilder("c0");
        for (int j = 1; j < 1_000_000; j++) {
            header.append(",c").append(j);
        }
        Files.writeString(data, header.append("\n1\n"));
        assertRejected(data, "wide.csv line 1 column " + (CsvLimits.DEFAULT.maxColumns() + 1)
                + ": expected at most " + CsvLimits.DEFAULT.maxColumns() + " columns (the column cap)");
    }

    @Test
    void oneHundredMegabyteLineStopsAtTheRecordCap() throws Exception {
        Path data = dir.resolve("long.csv");
        byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream o = Files.newOutputStream(data)) {
            o.write("a,b\n1,".getBytes(StandardCharsets.US_ASCII));
            for (int k = 0; k < 100; k++) {
                o.write(block);
            }
            o.write('\n');
        }
        assertRejected(data, "long.csv line 2: expected a record of at most "
                + CsvLimits.DEFAULT.maxLineChars() + " characters (the record cap)");
    }

    @Test
    void unclosedQuoteRunningToTheEndStopsAtTheRecordCap() throws Exception {
        Path data = dir.resolve("quote.csv");
        try (OutputStream o = Files.newOutputStream(data)) {
            o.write("a,b\n1,\"".getBytes(StandardCharsets.US_ASCII));
            byte[] block = "y,\n".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int k = 0; k < 4; k++) {
                o.write(block);
            }
        }
        assertRejected(data, "quote.csv line 2: expected a record of at most");
    }

    @Test
    void folderInPlaceOfTheDataFile() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data.csv"));
        assertRejected(data, "data.csv: expected a regular file, got a directory");
    }

    @Test
    void fifoInPlaceOfTheDataFileDoesNotHang() throws Exception {
        Path fifo = dir.resolve("data.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        assertRejected(fifo, "data.csv: expected a regular file, got a device, FIFO or socket");
    }

    @Test
    void schemaFileThatIsAFolder() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), VALID);
        Path schema = Files.createDirectory(dir.resolve("schema.yaml"));
        BadInputTest.assertOneLineError(split(data, "--schema", schema.toString()),
                "schema.yaml: expected a regular file, got a directory");
        assertOnlyInputs(data, schema);
    }

    @Test
    void outInAMissingFolder() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), VALID);
        Path out = dir.resolve("missing").resolve("split");
        BadInputTest.assertOneLineError(CliHarness.run("split", data.toString(), "--out",
                out.toString()), "--out " + out + ": the folder " + out.getParent()
                + " does not exist");
        assertOnlyInputs(data);
    }

    @Test
    void outOntoAFile() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), VALID);
        Path file = Files.writeString(dir.resolve("taken"), "a file");
        BadInputTest.assertOneLineError(CliHarness.run("split", data.toString(), "--out",
                file.toString()), "--out " + file + ": expected a folder, got a file");
        assertOnlyInputs(data, file);
        assertEquals("a file", Files.readString(file));
    }

    /** A folder without write permission; as root every folder is writable, so this is skipped. */
    @Test
    void outInAReadOnlyFolder() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), VALID);
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: every folder is writable");
            Path out = locked.resolve("split");
            BadInputTest.assertOneLineError(CliHarness.run("split", data.toString(), "--out",
                    out.toString()), "--out " + out + ": the folder " + locked + " is not writable");
            try (Stream<Path> s = Files.list(locked)) {
                assertEquals(0, s.count(), "nothing may be written");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The record is written last; when it cannot be, the split files written before it go too. */
    @Test
    void failureWhileWritingLeavesNoHalfSplit() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), VALID);
        Path out = Files.createDirectory(dir.resolve("split"));
        Files.createDirectory(out.resolve(SplitCommand.RECORD));
        BadInputTest.assertOneLineError(CliHarness.run("split", data.toString(), "--out",
                out.toString()), out.resolve(SplitCommand.RECORD) + ": is a directory");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(out.resolve(SplitCommand.RECORD)), s.toList());
        }
    }

    @Test
    void existingOutputFolderKeepsItsOtherFilesAndGainsTheSplit() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), VALID);
        Path out = Files.createDirectory(dir.resolve("split"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliHarness r = CliHarness.run("split", data.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("notes.txt", "split.json", "test.csv", "train.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("train.csv")).startsWith("a,b\n"));
    }
}
