package org.scorekit.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_full;
import org.netlib.util.intW;

/**
 * The OpenBLAS shipped in {@code org.bytedeco:openblas}, called through the netlib-java JNI
 * wrappers so that heap {@code double[]} arrays reach the native code without copies.
 * Bound once per process:
 * <ol>
 *   <li>bytedeco extracts and loads its natives and sets OpenBLAS to one thread;</li>
 *   <li>the library file behind bytedeco's binding is found from the address of a string
 *       constant inside it (bytedeco loads two identical copies of OpenBLAS, and only the
 *       copy that its JNI code is linked against receives the thread setting);</li>
 *   <li>netlib is pointed at exactly that file through its {@code nativeLibPath} properties
 *       before its JNI classes initialise;</li>
 *   <li>the process map is checked for any other BLAS that netlib could have bound instead
 *       (a system reference BLAS would be silently slow), and a tiny GEMM, Cholesky and
 *       eigendecomposition are checked against known answers.</li>
 * </ol>
 * The OpenBLAS kernel family is chosen by OpenBLAS itself when the library loads (it is part of
 * {@link #description()}); only the environment variable {@code OPENBLAS_CORETYPE} can change
 * it. OpenBLAS 0.3.31 does not recognise AMD family 0x1A (Zen 5) and picks its Haswell (AVX2)
 * kernels there; {@code OPENBLAS_CORETYPE=SkylakeX} selects the AVX-512 kernels, measured
 * 2.5x faster on a 2048^3 dgemm. Results differ in rounding between kernel families.
 */
final class OpenBlasLibrary {
    static final String BLAS_PATH_PROPERTY = "dev.ludovic.netlib.blas.nativeLibPath";
    static final String LAPACK_PATH_PROPERTY = "dev.ludovic.netlib.lapack.nativeLibPath";

    /** A shared library that could provide BLAS or LAPACK symbols. */
    private static final Pattern BLAS_LIKE =
            Pattern.compile("(?i).*(blas|lapack|mkl|blis|atlas|essl|armpl).*\\.so.*");
    /** netlib's own JNI shims, extracted to temporary files. */
    private static final Pattern NETLIB_SHIM = Pattern.compile("libnetlib(blas|lapack)jni\\.so.*");

    private static OpenBlasLibrary instance;
    private static String failure;

    final BLAS blas;
    final LAPACK lapack;
    final Path file;
    final String config;
    final int threads;

    private OpenBlasLibrary(BLAS blas, LAPACK lapack, Path file, String config, int threads) {
        this.blas = blas;
        this.lapack = lapack;
        this.file = file;
        this.config = config;
        this.threads = threads;
    }

    /** The process-wide binding; a failure is remembered, since netlib binds only once. */
    static synchronized OpenBlasLibrary load() throws BackendUnavailableException {
        if (instance != null) {
            return instance;
        }
        if (failure != null) {
            throw new BackendUnavailableException(failure);
        }
        try {
            instance = bind();
            return instance;
        } catch (BackendUnavailableException e) {
            failure = e.getMessage();
            throw e;
        } catch (RuntimeException | LinkageError | IOException e) {
            failure = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
            throw new BackendUnavailableException(failure, e);
        }
    }

    /** Sets the process-wide OpenBLAS thread count (GEMM callers expect 1). */
    void setThreads(int count) {
        openblas_full.openblas_set_num_threads(count);
    }

    /** Provenance: OpenBLAS configuration, thread count, library file and the JNI layer. */
    String description() {
        return config + "; " + threads + " thread for GEMM, scorekit.threads for dsyevd; " + file + " through netlib-java JNI "
                + netlibVersion();
    }

    private static OpenBlasLibrary bind() throws BackendUnavailableException, IOException {
        Loader.load(openblas_full.class);
        openblas_full.openblas_set_num_threads(1);
        String config = openblas_full.openblas_get_config().getString().trim();
        if (!config.startsWith("OpenBLAS")) {
            throw new BackendUnavailableException(
                    "bytedeco must load OpenBLAS, but it loaded: " + config);
        }
        Path file = boundFile();
        String path = file.toString();
        claim(BLAS_PATH_PROPERTY, path);
        claim(LAPACK_PATH_PROPERTY, path);
        BLAS blas;
        LAPACK lapack;
        List<Logger> loggers = List.of(
                Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder"),
                Logger.getLogger("dev.ludovic.netlib.lapack.InstanceBuilder"));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        // netlib warns when its optional Vector API fallback is missing; the library never prints.
        loggers.forEach(l -> l.setLevel(Level.OFF));
        try {
            blas = NativeBLAS.getInstance();
            lapack = NativeLAPACK.getInstance();
        } catch (RuntimeException | LinkageError e) {
            throw new BackendUnavailableException("netlib JNI did not bind " + path + " ("
                    + firstLine(e.getMessage()) + "; was netlib initialised before "
                    + BLAS_PATH_PROPERTY + " was set?)", e);
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
            }
        }
        requireNoOtherBlas(file);
        int threads = openblas_full.openblas_get_num_threads();
        if (threads != 1) {
            throw new BackendUnavailableException(
                    "OpenBLAS thread count must be 1: " + threads);
        }
        checkKnownAnswers(blas, lapack, path);
        return new OpenBlasLibrary(blas, lapack, file, config, threads);
    }

    /** The file holding the string constant that bytedeco's linked OpenBLAS returns. */
    private static Path boundFile() throws BackendUnavailableException, IOException {
        long address = openblas_full.openblas_get_corename().address();
        Path file = ProcessMaps.read().fileAt(address).orElseThrow(() ->
                new BackendUnavailableException("cannot find the file mapped at the OpenBLAS"
                        + " core name string: 0x" + Long.toHexString(address)));
        Path cache = Loader.getCacheDir().toPath().toRealPath();
        if (!file.toRealPath().startsWith(cache)
                || !file.getFileName().toString().startsWith("libopenblas")) {
            throw new BackendUnavailableException("bytedeco must bind the OpenBLAS it ships"
                    + " (under " + cache + "): " + file);
        }
        return file;
    }

    private static void claim(String property, String path) throws BackendUnavailableException {
        String previous = System.getProperty(property);
        if (previous != null && !previous.equals(path)) {
            throw new BackendUnavailableException(property + " must be unset or " + path
                    + ": " + previous);
        }
        System.setProperty(property, path);
    }

    private static void requireNoOtherBlas(Path file) throws BackendUnavailableException,
            IOException {
        Path cache = Loader.getCacheDir().toPath().toRealPath();
        for (Path mapped : ProcessMaps.read().files()) {
            String name = mapped.getFileName().toString();
            if (BLAS_LIKE.matcher(name).matches() && !NETLIB_SHIM.matcher(name).matches()
                    && !mapped.startsWith(cache) && !mapped.equals(file)) {
                throw new BackendUnavailableException("only the bundled OpenBLAS " + file
                        + " must be mapped, but netlib may have bound: " + mapped);
            }
        }
    }

    /** A 2 × 2 GEMM, Cholesky and eigendecomposition with exact answers. */
    private static void checkKnownAnswers(BLAS blas, LAPACK lapack, String path)
            throws BackendUnavailableException {
        double[] a = {1, 2, 3, 4};
        double[] b = {5, 6, 7, 8};
        double[] c = new double[4];
        blas.dgemm("N", "N", 2, 2, 2, 1.0, a, 0, 2, b, 0, 2, 0.0, c, 0, 2);
        double[] spd = {4, 2, 2, 5};
        intW info = new intW(0);
        lapack.dpotrf("U", 2, spd, 0, 2, info);
        double[] sym = {2, 1, 1, 2};
        double[] values = new double[2];
        double[] work = new double[64];
        int[] iwork = new int[64];
        intW eigInfo = new intW(0);
        lapack.dsyevd("V", "U", 2, sym, 0, 2, values, 0, work, 0, 64, iwork, 0, 64, eigInfo);
        boolean ok = c[0] == 23 && c[1] == 34 && c[2] == 31 && c[3] == 46
                && info.val == 0 && spd[0] == 2 && spd[2] == 1 && spd[3] == 2
                && eigInfo.val == 0 && Math.abs(values[0] - 1) < 1e-14
                && Math.abs(values[1] - 3) < 1e-14;
        if (!ok) {
            throw new BackendUnavailableException("netlib bound to " + path
                    + " must reproduce known 2 x 2 GEMM, dpotrf and dsyevd results");
        }
    }

    private static String netlibVersion() {
        try (InputStream in = BLAS.class.getResourceAsStream(
                "/META-INF/maven/dev.ludovic.netlib/blas/pom.properties")) {
            if (in == null) {
                return "(version unknown)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            return "(version unknown)";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
