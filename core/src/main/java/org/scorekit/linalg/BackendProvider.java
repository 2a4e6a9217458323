package org.scorekit.linalg;

/**
 * Service-provider interface for {@link Backend}s, registered in
 * {@code META-INF/services/org.scorekit.linalg.BackendProvider}. Creating a backend may fail
 * (a native library that does not load); the provider then throws
 * {@link BackendUnavailableException} with the reason.
 */
public interface BackendProvider {
    /** The backend's name, as accepted by {@code -Dscorekit.backend=NAME}. */
    String name();

    /** Higher wins when no backend is requested by name. */
    int priority();

    /** Creates the backend, loading what it needs. */
    Backend create() throws BackendUnavailableException;
}
