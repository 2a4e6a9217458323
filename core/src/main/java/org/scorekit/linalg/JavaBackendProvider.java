package org.scorekit.linalg;

/** Provides the always-available {@link JavaBackend} (lowest priority). */
public final class JavaBackendProvider implements BackendProvider {
    @Override
    public String name() {
        return "java";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Backend create() {
        return new JavaBackend();
    }
}
