package org.scorekit.linalg;

/** The backend contract for the pure-Java reference. */
class JavaBackendContractTest extends BackendContract {
    private final Backend backend = new JavaBackend();

    @Override
    public Backend backend() {
        return backend;
    }
}
