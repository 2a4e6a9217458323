package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Backends} picks the best provider that loads and reports those that did not. */
class BackendsTest {
    /** A provider whose creation fails the given way. */
    private record FailingProvider(String name, int priority, Throwable failure)
            implements BackendProvider {
        @Override
        public Backend create() throws BackendUnavailableException {
            if (failure instanceof BackendUnavailableException e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    private static final BackendProvider JAVA = new JavaBackendProvider();

    @Test
    void fallsBackWithAWarningWhenAProviderFails() {
        BackendProvider broken = new FailingProvider("native", 100,
                new BackendUnavailableException("libfoo.so: cannot open shared object file"));
        Backends.Selection s = Backends.select(null, List.of(broken, JAVA));
        assertEquals("java", s.backend().name());
        assertEquals(List.of("warning: backend 'native' unavailable (libfoo.so: cannot open"
                + " shared object file); falling back"), s.warnings());
    }

    @Test
    void fallsBackWhenAProviderThrowsALinkageError() {
        BackendProvider broken = new FailingProvider("jni", 50,
                new UnsatisfiedLinkError("no jnifoo in java.library.path"));
        Backends.Selection s = Backends.select("", List.of(broken, JAVA));
        assertEquals("java", s.backend().name());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("'jni' unavailable (no jnifoo"), s.warnings().get(0));
    }

    @Test
    void aRequestedBackendThatFailsIsAnErrorNotAFallback() {
        BackendProvider broken = new FailingProvider("native", 100,
                new BackendUnavailableException("missing"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Backends.select("native", List.of(broken, JAVA)));
        assertEquals("scorekit.backend=native could not be loaded: missing", e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Backends.select("cuda", List.of(broken, JAVA)));
        assertEquals("scorekit.backend must be one of [native, java]: cuda", unknown.getMessage());
    }

    @Test
    void failsWhenNothingLoads() {
        BackendProvider broken = new FailingProvider("native", 1,
                new BackendUnavailableException("missing"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Backends.select(null, List.of(broken)));
        assertTrue(e.getMessage().startsWith("no linear-algebra backend could be loaded"));
    }

    @Test
    void requestedJavaBackendIsUsedEvenWhenOpenBlasLoads() {
        assertEquals("java", Backends.select("java").backend().name());
    }
}
