package org.scorekit.linalg;

import org.netlib.util.intW;

/**
 * The symmetric eigendecomposition of the OpenBLAS backend, in the stages of LAPACK's
 * {@code dsyevd} but on {@link Parallel}'s fixed chunks:
 * <ol>
 *   <li>Householder tridiagonalisation Q^T A Q = T ({@link ParallelTridiagonal});</li>
 *   <li>divide and conquer on T with its top level torn and merged in parallel
 *       ({@link TornDivideAndConquer}), eigenvectors Z;</li>
 *   <li>the eigenvectors Q Z: block reflectors of {@link #REFLECTORS} Householder vectors
 *       applied to Z by blocks of {@link #COLUMNS} columns (2n³ flops; forming Q first and
 *       multiplying would cost 10n³/3), then transposed to row-major in ascending order.</li>
 * </ol>
 * Every BLAS and LAPACK call runs on one OpenBLAS thread over a block fixed by n alone, so the
 * result is bit-identical for every thread count.
 *
 * <p>Matrices whose largest entry lies outside dsyevd's safe range [√(safmin/ε), √(ε/safmin)]
 * go to {@code dsyevd} itself, which rescales them first.
 */
final class OpenBlasEigen {
    /** Columns per chunk of Q Z. */
    static final int COLUMNS = 256;
    /** Reflectors per block reflector. */
    static final int REFLECTORS = 128;

    private static final int TRANSPOSE_BLOCK = 64;
    private static final double SAFE_MIN = Math.sqrt(Double.MIN_NORMAL / Math.ulp(1.0));
    private static final double SAFE_MAX = 1.0 / SAFE_MIN;

    private OpenBlasEigen() {
    }

    /** Whether {@link #solve} handles a symmetric matrix with this data without rescaling. */
    static boolean inSafeRange(double[] data) {
        double max = 0;
        for (double v : data) {
            max = Math.max(max, Math.abs(v));
        }
        return max == 0 || (max >= SAFE_MIN && max <= SAFE_MAX);
    }

    /** Values ascending and row-major eigenvectors of the symmetric n × n {@code data}. */
    static SymmetricEigen solve(OpenBlasLibrary library, int n, double[] data) {
        double[] a = columnMajorLower(n, data);
        ParallelTridiagonal t = ParallelTridiagonal.reduce(library, n, a);
        double[][] factors = blockFactors(library, n, a, t.tau);
        double[] x = new double[n * n];
        int[] order = TornDivideAndConquer.solve(library, n, t.d, t.e, x);
        // X = Q Z by column blocks: the block reflectors, the last first, to Z's columns.
        Parallel.forEachChunk(Parallel.chunkCount(n, COLUMNS), c -> applyQ(library, n, a,
                factors, x, c));
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = t.d[order[i]];
        }
        double[] vectors = new double[n * n];
        Parallel.forEachChunk(Parallel.chunkCount(n, TRANSPOSE_BLOCK), b -> {
            int i0 = b * TRANSPOSE_BLOCK;
            int i1 = Math.min(n, i0 + TRANSPOSE_BLOCK);
            for (int j = 0; j < n; j++) {
                int col = order[j] * n;
                for (int i = i0; i < i1; i++) {
                    vectors[i * n + j] = x[i + col];
                }
            }
        });
        return new SymmetricEigen(values, Matrix.wrap(n, n, vectors));
    }

    /**
     * The row-major lower triangle as LAPACK's column-major lower triangle (the transpose), so
     * that only the lower triangle is read; one spare column, since netlib's bound checks take
     * every sub-block as lda × cols.
     */
    private static double[] columnMajorLower(int n, double[] data) {
        double[] a = new double[n * n + n];
        for (int i0 = 0; i0 < n; i0 += TRANSPOSE_BLOCK) {
            int i1 = Math.min(n, i0 + TRANSPOSE_BLOCK);
            for (int j0 = 0; j0 <= i0; j0 += TRANSPOSE_BLOCK) {
                int j1 = Math.min(i1, j0 + TRANSPOSE_BLOCK);
                for (int i = i0; i < i1; i++) {
                    for (int j = j0; j < Math.min(j1, i + 1); j++) {
                        a[i + j * n] = data[i * n + j];
                    }
                }
            }
        }
        return a;
    }

    /**
     * The triangular factors T_b of the block reflectors H_{kb} ⋯ H_{kb+REFLECTORS−1} =
     * I − V T_b V^T ({@code dlarft}), kb = b · REFLECTORS, in {@code dorgtr}'s shifted layout
     * (the reflectors act on rows 1 .. n − 1); one task per block.
     */
    private static double[][] blockFactors(OpenBlasLibrary library, int n, double[] a,
                                           double[] tau) {
        int m = n - 1;
        double[][] factors = new double[Parallel.chunkCount(m, REFLECTORS)][];
        Parallel.forEachChunk(factors.length, b -> {
            int kb = b * REFLECTORS;
            int k = Math.min(REFLECTORS, m - kb);
            double[] t = new double[REFLECTORS * REFLECTORS];
            library.lapack.dlarft("F", "C", m - kb, k, a, 1 + kb + kb * n, n, tau, kb, t, 0,
                    REFLECTORS);
            factors[b] = t;
        });
        return factors;
    }

    /**
     * Columns c · COLUMNS .. of X = Q X, Q = H_0 ⋯ H_{n−2} in {@code dorgtr}'s layout (row 0
     * untouched, the reflectors act on rows 1 .. n − 1): the block reflectors, the last first
     * ({@code dlarfb}).
     */
    private static void applyQ(OpenBlasLibrary library, int n, double[] a, double[][] factors,
                               double[] x, int c) {
        int m = n - 1;
        int c0 = c * COLUMNS;
        int cols = Math.min(COLUMNS, n - c0);
        double[] work = new double[cols * REFLECTORS];
        for (int b = factors.length - 1; b >= 0; b--) {
            int kb = b * REFLECTORS;
            int k = Math.min(REFLECTORS, m - kb);
            library.lapack.dlarfb("L", "N", "F", "C", m - kb, cols, k, a, 1 + kb + kb * n, n,
                    factors[b], 0, REFLECTORS, x, 1 + kb + c0 * n, n, work, 0, cols);
        }
    }

    static void requireSuccess(String routine, intW info) {
        if (info.val != 0) {
            throw new IllegalStateException(routine + " must return info = 0: " + info.val);
        }
    }
}
