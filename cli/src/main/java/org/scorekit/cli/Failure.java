package org.scorekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.scorekit.csv.CsvFormatException;
import org.scorekit.experiment.InvalidSpecException;

/**
 * What the command line prints for a failure, in the one format {@code scorekit: error: ...}:
 * exactly one line of at most {@value #MAX_LENGTH} characters, and the exit code —
 * {@value Main#BAD_INPUT} for anything the user can fix (bad input, an unusable file or folder, a
 * full disk, too little memory), 1 only for a fault in scorekit itself, which the line says.
 *
 * @param exitCode the process exit code
 * @param line     the error line
 */
record Failure(int exitCode, String line) {
    /** The longest error line printed. */
    static final int MAX_LENGTH = 400;

    /** The failure a throwable stands for. */
    static Failure of(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof InvalidSpecException || cause instanceof CsvFormatException
                || cause instanceof IllegalArgumentException) {
            return input(cause.getMessage());
        }
        if (cause instanceof IOException io) {
            return input(describe(io));
        }
        if (cause instanceof OutOfMemoryError) {
            return input("out of memory (the Java heap limit is "
                    + Runtime.getRuntime().maxMemory() / (1L << 20) + " MiB); raise it, e.g."
                    + " SCOREKIT_JAVA_OPTS=-Xmx16g, or lower the sizes");
        }
        return new Failure(1, line("internal error (a fault in scorekit, please report it): "
                + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + " (use --verbose for the stack trace)"));
    }

    /** A failure caused by the user's input: exit code {@value Main#BAD_INPUT}. */
    static Failure input(String message) {
        return new Failure(Main.BAD_INPUT, line(message));
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String reason = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : f.getReason() == null ? e.getClass().getSimpleName()
                    : f.getReason().toLowerCase(Locale.ROOT);
            return f.getFile() + ": " + reason;
        }
        return "input/output error: " + e.getMessage();
    }

    /** The message as one line: line breaks and other control characters escaped, then cut. */
    private static String line(String message) {
        StringBuilder b = new StringBuilder("scorekit: error: ");
        String.valueOf(message).codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.length() <= MAX_LENGTH ? b.toString() : b.substring(0, MAX_LENGTH - 3) + "...";
    }
}
