package org.scorekit.linalg;

import java.util.Optional;

/**
 * The heavy dense kernels. Every implementation computes the same functions; the
 * {@code BackendContract} test runs against each one. Implementations are found with
 * {@link java.util.ServiceLoader} through {@link BackendProvider}; {@link Backends} picks one.
 *
 * <p>All arrays are row-major with explicit offsets and leading dimensions (the row stride),
 * so that blocks of a larger matrix can be passed without copies.
 */
public interface Backend {
    /** A stable name recorded in run records, e.g. {@code "openblas"} or {@code "java"}. */
    String name();

    /** Implementation details for provenance, e.g. the loaded library file and its version. */
    String description();

    /**
     * Row-major GEMM: {@code C = alpha · op(A) · op(B) + beta · C}, with op(A): m × k,
     * op(B): k × n and C: m × n. {@code lda}, {@code ldb}, {@code ldc} are the row strides of the
     * arrays as stored. Single-threaded from the caller's point of view: parallelism over
     * sample blocks is the caller's job (fixed chunking, see {@link Parallel}).
     */
    void gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
              double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
              double beta, double[] c, int cOffset, int ldc);

    /**
     * The same GEMM in single precision (BLAS {@code sgemm}): the float32 training path's
     * products. Arguments and checks as for {@link #gemm}.
     */
    void sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha,
               float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
               float beta, float[] c, int cOffset, int ldc);

    /** Eigendecomposition of a symmetric matrix (only the lower triangle is read). */
    SymmetricEigen eigh(Matrix a);

    /** Cholesky factor of a symmetric positive definite matrix, or empty if it is not. */
    Optional<Cholesky> cholesky(Matrix a);
}
