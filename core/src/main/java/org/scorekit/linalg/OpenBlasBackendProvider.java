package org.scorekit.linalg;

/**
 * Provides {@link OpenBlasBackend} under the name {@code "openblas"}, ahead of the pure-Java
 * reference (priority 100). When the native library cannot be bound, {@link #create} throws
 * {@link BackendUnavailableException} with a one-line reason and {@link Backends} falls back.
 */
public final class OpenBlasBackendProvider implements BackendProvider {
    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Backend create() throws BackendUnavailableException {
        return OpenBlasBackend.load();
    }
}
