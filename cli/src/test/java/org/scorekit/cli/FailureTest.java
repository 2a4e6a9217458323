package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;
import org.scorekit.experiment.InvalidSpecException;

/**
 * The one error format for failures that a test cannot provoke portably (a read-only file system,
 * a full disk, a fault in scorekit itself): exit 2 for what the user can fix, 1 only for a fault,
 * and the line says which.
 */
class FailureTest {
    @Test
    void readOnlyFileSystemIsTheUsersToFix() {
        Failure f = Failure.of(new FileSystemException("/mnt/ro/runs/x", null, "Read-only file system"));
        assertEquals(Main.BAD_INPUT, f.exitCode());
        assertEquals("scorekit: error: /mnt/ro/runs/x: read-only file system", f.line());
    }

    @Test
    void fullDiskIsTheUsersToFix() {
        Failure f = Failure.of(new UncheckedIOException(new FileSystemException("runs/x/samples.csv",
                null, "No space left on device")));
        assertEquals(Main.BAD_INPUT, f.exitCode());
        assertEquals("scorekit: error: runs/x/samples.csv: no space left on device", f.line());
    }

    @Test
    void aFaultInScorekitSaysSoAndExitsOne() {
        Failure f = Failure.of(new NullPointerException("model"));
        assertEquals(1, f.exitCode());
        assertTrue(f.line().startsWith("scorekit: error: internal error (a fault in scorekit"), f.line());
    }

    @Test
    void outOfMemoryNamesTheWayToRaiseTheLimit() {
        Failure f = Failure.of(new OutOfMemoryError("Java heap space"));
        assertEquals(Main.BAD_INPUT, f.exitCode());
        assertTrue(f.line().contains("SCOREKIT_JAVA_OPTS=-Xmx"), f.line());
    }

    @Test
    void theLineIsOneShortLineWhateverTheMessage() {
        Failure f = Failure.of(new InvalidSpecException("a\nb\u001b[31m" + "x".repeat(10_000)));
        assertFalse(f.line().contains("\n") || f.line().contains("\u001b"), f.line());
        assertEquals(Failure.MAX_LENGTH, f.line().length());
    }
}
