/**
 * Dense matrices and the heavy kernels. {@link org.scorekit.linalg.Matrix} is row-major with
 * rows = samples; {@link org.scorekit.linalg.Backend} (GEMM, symmetric eigendecomposition,
 * Cholesky) is chosen by {@link org.scorekit.linalg.Backends}: OpenBLAS when it loads, else the
 * pure-Java reference. {@link org.scorekit.linalg.Parallel} gives fixed-chunk loops whose results
 * do not depend on the thread count (DESIGN.md §6).
 */
package org.scorekit.linalg;
