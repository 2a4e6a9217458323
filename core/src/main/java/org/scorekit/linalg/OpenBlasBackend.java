package org.scorekit.linalg;

import java.util.Optional;
import org.netlib.util.intW;

/**
 * The native backend: OpenBLAS (shipped in {@code org.bytedeco:openblas}) called through the
 * netlib-java JNI wrappers, which pass heap arrays without copying. GEMM runs on one OpenBLAS
 * thread: callers parallelise over sample blocks with fixed chunking ({@link Parallel}), so
 * results do not depend on the thread count. Only {@link #eigh} uses OpenBLAS's own threads.
 * Created by {@link OpenBlasBackendProvider}.
 *
 * <p>Row-major to column-major: a row-major r × c array with row stride ld is the column-major
 * c × r array of its transpose with leading dimension ld. So the row-major product
 * C = op(A) op(B) is computed as the column-major C^T = op(B)^T op(A)^T, i.e. dgemm with the
 * operands (and their sizes m, n) swapped; a symmetric matrix's lower triangle is LAPACK's
 * upper triangle, and LAPACK's column-major eigenvectors are transposed on the way out.
 */
public final class OpenBlasBackend implements Backend {
    private final OpenBlasLibrary library;

    private OpenBlasBackend(OpenBlasLibrary library) {
        this.library = library;
    }

    /** Binds the bundled OpenBLAS (once per process) or says in one line why it cannot. */
    public static OpenBlasBackend load() throws BackendUnavailableException {
        return new OpenBlasBackend(OpenBlasLibrary.load());
    }

    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public String description() {
        return library.description();
    }

    @Override
    public void gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
                     double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
                     double beta, double[] c, int cOffset, int ldc) {
        BackendArguments.gemm(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb,
                c, cOffset, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0 || alpha == 0) {
            // BLAS reads neither A nor B here; netlib's own bound checks reject k = 0.
            JavaBackend.scaleInPlace(m, n, beta, c, cOffset, ldc);
            return;
        }
        library.blas.dgemm(flag(transB), flag(transA), n, m, k, alpha, b, bOffset, ldb,
                a, aOffset, lda, beta, c, cOffset, ldc);
    }

    @Override
    public void sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float beta, float[] c, int cOffset, int ldc) {
        BackendArguments.sgemm(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb,
                c, cOffset, ldc);
        if ((long) m * n * k == 0 || alpha == 0) {
            JavaBackend.scaleInPlace(m, n, beta, c, cOffset, ldc); // nothing to multiply
        } else {
            library.blas.sgemm(flag(transB), flag(transA), n, m, k, alpha, b, bOffset, ldb,
                    a, aOffset, lda, beta, c, cOffset, ldc);
        }
    }

    /**
     * One LAPACK {@code dsyevd} call ({@link SymmetricEigen#decompose}) on
     * {@code scorekit.threads} OpenBLAS threads; OpenBLAS goes back to one thread afterwards,
     * so GEMM calls stay single-threaded. The result is bit-identical for the same thread
     * count; one call at a time, since the OpenBLAS thread count is process-wide.
     */
    @Override
    public SymmetricEigen eigh(Matrix a) {
        synchronized (library) {
            library.setThreads(Parallel.threads());
            try {
                return SymmetricEigen.decompose(library.lapack, a);
            } finally {
                library.setThreads(1);
            }
        }
    }

    /** LAPACK dpotrf on the lower triangle; empty when info > 0 (not positive definite). */
    @Override
    public Optional<Cholesky> cholesky(Matrix a) {
        int n = BackendArguments.square("matrix to factorise", a);
        if (n == 0) {
            return Optional.of(Cholesky.fromLower(Matrix.zeros(0, 0)));
        }
        double[] f = a.data().clone();
        if (!BackendArguments.lowerFinite(f, n)) {
            return Optional.empty();
        }
        intW info = new intW(0);
        library.lapack.dpotrf("U", n, f, 0, n, info);
        if (info.val > 0) {
            return Optional.empty();
        }
        SymmetricEigen.requireSuccess("dpotrf", info);
        return Optional.of(Cholesky.fromLower(Matrix.wrap(n, n, f)));
    }

    private static String flag(Transpose t) {
        return t == Transpose.YES ? "T" : "N";
    }
}
