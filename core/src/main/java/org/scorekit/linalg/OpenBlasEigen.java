package org.scorekit.linalg;

import org.netlib.util.intW;

/**
 * The symmetric eigendecomposition of the OpenBLAS backend, in the stages of LAPACK's
 * {@code dsyevd} but on {@link Parallel}'s fixed chunks:
 * <ol>
 *   <li>Householder tridiagonalisation Q^T A Q = T ({@link ParallelTridiagonal});</li>
 *   <li>at the same time, divide and conquer on T ({@code dstedc}, one task, eigenvectors Z)
 *       and Q formed by blocks of {@link #COLUMNS} columns (block reflectors of
 *       {@link #REFLECTORS} Householder vectors applied to identity columns, the other
 *       tasks);</li>
 *   <li>the eigenvectors Q Z, one {@code dgemm} per block of {@link #COLUMNS} rows.</li>
 * </ol>
 * Every BLAS and LAPACK call runs on one OpenBLAS thread over a block fixed by n alone, so the
 * result is bit-identical for every thread count.
 *
 * <p>Matrices whose largest entry lies outside dsyevd's safe range [√(safmin/ε), √(ε/safmin)]
 * go to {@code dsyevd} itself, which rescales them first.
 */
final class OpenBlasEigen {
    /** Columns per chunk of Q and of Q Z. */
    static final int COLUMNS = 256;
    /** Reflectors per block reflector when Q is formed (a divisor of {@link #COLUMNS}). */
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

    /** Values ascending and column-major eigenvectors of the symmetric n × n {@code data}. */
    static SymmetricEigen solve(OpenBlasLibrary library, int n, double[] data) {
        double[] a = columnMajorLower(n, data);
        ParallelTridiagonal t = ParallelTridiagonal.reduce(library, n, a);
        double[] values = t.d;
        double[] z = new double[n * n];
        double[] q = new double[n * n];
        q[0] = 1.0;
        double[][] factors = blockFactors(library, n, a, t.tau);
        // Z (dstedc, one task) and Q (by column blocks) are independent; idle threads take the
        // next block of Q while dstedc runs, the costliest (rightmost) blocks first.
        int blocks = Parallel.chunkCount(n - 1, COLUMNS);
        Parallel.forEachChunk(1 + blocks, task -> {
            if (task == 0) {
                divideAndConquer(library, n, values, t.e, z);
            } else {
                formQColumns(library, n, a, factors, q, blocks - task);
            }
        });
        // The row-major eigenvector matrix Q Z is the column-major Z^T Q^T: rows c0 .. c0 + 255
        // of Q Z are columns c0 .. of Z^T Q^T = Z^T (Q(c0 .., :))^T.
        double[] vectors = new double[n * n];
        Parallel.forEachChunk(Parallel.chunkCount(n, COLUMNS), c -> {
            int c0 = c * COLUMNS;
            int rows = Math.min(COLUMNS, n - c0);
            library.blas.dgemm("T", "T", n, rows, n, 1.0, z, 0, n, q, c0, n, 0.0, vectors,
                    c0 * n, n);
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

    /** dstedc: eigenvalues of T (d, e) into {@code d}, its eigenvectors into {@code z}. */
    private static void divideAndConquer(OpenBlasLibrary library, int n, double[] d, double[] e,
                                         double[] z) {
        intW info = new intW(0);
        double[] workSize = new double[1];
        int[] iworkSize = new int[1];
        library.lapack.dstedc("I", n, d, 0, e, 0, z, 0, n, workSize, 0, -1, iworkSize, 0, -1,
                info);
        requireSuccess("dstedc workspace query", info);
        double[] work = new double[Math.max(1, (int) workSize[0])];
        int[] iwork = new int[Math.max(1, iworkSize[0])];
        library.lapack.dstedc("I", n, d, 0, e, 0, z, 0, n, work, 0, work.length, iwork, 0,
                iwork.length, info);
        requireSuccess("dstedc", info);
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
     * Columns 1 + c0 .. 1 + c1 − 1 of Q = H_0 ⋯ H_{n−2} ({@code dorgtr}'s layout: Q(0, 0) = 1 and
     * the reflectors act on rows 1 .. n − 1), for c0 = block · COLUMNS: the identity columns
     * times the block reflectors that reach them, the last first ({@code dlarfb}), since H_k
     * leaves e_j alone for j &lt; k.
     */
    private static void formQColumns(OpenBlasLibrary library, int n, double[] a,
                                     double[][] factors, double[] q, int block) {
        int m = n - 1;
        int c0 = block * COLUMNS;
        int c1 = Math.min(m, c0 + COLUMNS);
        int cols = c1 - c0;
        for (int j = c0; j < c1; j++) {
            q[1 + j + (1 + j) * n] = 1.0;
        }
        double[] work = new double[cols * REFLECTORS];
        for (int b = (c1 - 1) / REFLECTORS; b >= 0; b--) {
            int kb = b * REFLECTORS;
            int k = Math.min(REFLECTORS, m - kb);
            library.lapack.dlarfb("L", "N", "F", "C", m - kb, cols, k, a, 1 + kb + kb * n, n,
                    factors[b], 0, REFLECTORS, q, 1 + kb + (1 + c0) * n, n, work, 0, cols);
        }
    }

    static void requireSuccess(String routine, intW info) {
        if (info.val != 0) {
            throw new IllegalStateException(routine + " must return info = 0: " + info.val);
        }
    }
}
