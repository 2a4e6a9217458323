package org.scorekit.experiment;

/**
 * A spec, data file or argument supplied by the user is invalid. The message is one line naming
 * the file, the line or field, and what was expected; the command line prints it and exits 2.
 */
public final class InvalidSpecException extends RuntimeException {
    public InvalidSpecException(String message) {
        super(message);
    }

    public InvalidSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
