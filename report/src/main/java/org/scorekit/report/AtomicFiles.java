package org.scorekit.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** Writes a file under a temporary name in its own folder, then renames it into place. */
final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content}; a reader sees the old or the new file. */
    static void write(Path target, byte[] content) throws IOException {
        // a name of our own rather than createTempFile, which would make the file owner-only
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems cannot rename atomically; a plain replacing move is the best left
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
