/**
 * Dense matrices and the heavy kernels. {@link org.scorekit.linalg.Matrix} is row-major with
 * rows = samples; {@link org.scorekit.linalg.Backend} (GEMM in double and single precision,
 * symmetric eigendecomposition, Cholesky) is chosen by {@link org.scorekit.linalg.Backends}:
 * {@link org.scorekit.linalg.OpenBlasBackend} (bytedeco's OpenBLAS through netlib-java JNI; one
 * thread per GEMM call) when it loads, else the pure-Java {@link org.scorekit.linalg.JavaBackend}.
 * The eigendecomposition is one LAPACK {@code dsyevd} call on both
 * ({@link org.scorekit.linalg.SymmetricEigen}): OpenBLAS's on {@code scorekit.threads} threads,
 * netlib's pure-Java translation on the Java backend.
 * {@link org.scorekit.linalg.Parallel} gives fixed-chunk loops whose results do not depend on
 * the thread count (DESIGN.md §6). {@link org.scorekit.linalg.BlockLanczos} finds the leading
 * eigenvalues of a symmetric operator given only as block products (Golub &amp; Van Loan,
 * Algorithm 10.3.1, with full reorthogonalisation), its projected problem by the same
 * {@code dsyevd}.
 */
package org.scorekit.linalg;
