package org.scorekit.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file under a temporary name in its own folder, then renames it into place, so a
 * reader sees either the old or the new content and an interrupted write leaves nothing behind.
 */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}. A failure (no such folder, a directory or
     * device in the way, permission denied, a full disk) is a {@link FileSystemException} naming
     * {@code target}, not the temporary file, and leaves nothing behind.
     */
    public static void write(Path target, byte[] content) throws IOException {
        // Renaming onto a directory or a device (as root, even /dev/full) would replace it.
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new FileSystemException(target.toString(), null, Files.isDirectory(target)
                    ? "is a directory" : "is not a regular file (a device, FIFO or socket)");
        }
        // A name of our own rather than createTempFile, which would make the file owner-only.
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(temporary, target);
        } catch (NoSuchFileException e) {
            throw new FileSystemException(target.toString(), null, "the folder does not exist");
        } catch (AccessDeniedException e) {
            throw new FileSystemException(target.toString(), null, "permission denied");
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, e.getReason());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Replaces {@code target} with UTF-8 text. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a replacing move is the best left.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
