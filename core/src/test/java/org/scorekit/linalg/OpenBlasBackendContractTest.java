package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_full;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backend contract for OpenBLAS, plus what the binding promises: netlib is pointed at the
 * OpenBLAS file shipped by bytedeco, the one whose thread count was set to 1, and no other
 * BLAS is mapped into the process. Fails (does not skip) when the native library does not load,
 * since this build targets linux-x86_64 where it must.
 */
class OpenBlasBackendContractTest extends BackendContract {
    private static OpenBlasBackend backend;

    @BeforeAll
    static void load() throws BackendUnavailableException {
        backend = OpenBlasBackend.load();
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Test
    void bindsTheBundledOpenBlasFileOnOneThread() throws IOException, BackendUnavailableException {
        OpenBlasLibrary library = OpenBlasLibrary.load();
        Path cache = Loader.getCacheDir().toPath().toRealPath();
        assertTrue(library.file.startsWith(cache), library.file + " not under " + cache);
        assertTrue(Files.isRegularFile(library.file));
        assertEquals(library.file.toString(), System.getProperty(OpenBlasLibrary.BLAS_PATH_PROPERTY));
        assertEquals(library.file.toString(), System.getProperty(OpenBlasLibrary.LAPACK_PATH_PROPERTY));
        long corename = openblas_full.openblas_get_corename().address();
        assertEquals(library.file, ProcessMaps.read().fileAt(corename).orElseThrow());
        assertEquals(1, openblas_full.openblas_get_num_threads());
        assertTrue(ProcessMaps.read().files().contains(library.file));
    }

    @Test
    void describesLibraryFileAndVersion() {
        String d = backend.description();
        assertEquals("openblas", backend.name());
        assertTrue(d.startsWith("OpenBLAS 0.3."), d);
        assertTrue(d.contains("1 thread"), d);
        assertTrue(d.contains("libopenblas"), d);
        assertTrue(d.contains("netlib-java JNI 3.0.4"), d);
    }

    @Test
    void isFoundThroughTheServiceLoaderAheadOfJava() throws BackendUnavailableException {
        assertEquals("openblas", Backends.providers().get(0).name());
        assertEquals("java", Backends.providers().get(1).name());
        assertEquals("openblas", Backends.byName("openblas").orElseThrow().name());
        assertEquals("openblas", Backends.select(null).backend().name());
        assertTrue(Backends.select(null).warnings().isEmpty());
    }
}
