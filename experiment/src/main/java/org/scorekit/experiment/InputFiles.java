package org.scorekit.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads user-supplied files; a missing or unreadable file is an {@link InvalidSpecException}. */
public final class InputFiles {
    private InputFiles() {
    }

    /** The file's text (UTF-8). */
    public static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidSpecException(file + ": file not found");
        } catch (IOException e) {
            throw new InvalidSpecException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
