package org.scorekit.linalg;

/** A backend could not be created on this machine (for example its native library failed). */
public final class BackendUnavailableException extends Exception {
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackendUnavailableException(String message) {
        super(message);
    }
}
