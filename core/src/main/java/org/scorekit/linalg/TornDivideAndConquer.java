package org.scorekit.linalg;

import java.util.Arrays;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal T (diagonal d, off-diagonal e) by one
 * divide-and-conquer step of Cuppen's method on {@link Parallel}'s fixed chunks, the top level
 * of LAPACK's {@code dstedc}: T = diag(T_1, T_2) + β u u^T is torn at n/2, both halves go to
 * {@code dstedc} at once, {@code dlaed2} deflates, and the secular equation (root by root with
 * {@code dlaed4}), its eigenvectors (Gu and Eisenstat's recomputed z, as {@code dlaed3}) and
 * the merge product Z = diag(Z_1, Z_2) S run by fixed chunks.
 */
final class TornDivideAndConquer {
    /** Below this size one {@code dstedc} call solves the whole problem. */
    static final int MIN_SIZE = 512;
    /** Columns per chunk of the secular eigenvectors and of the merge product. */
    private static final int COLUMNS = 256;

    private TornDivideAndConquer() {
    }

    /**
     * Fills {@code z} (n × n, column-major) with eigenvectors of T and overwrites {@code d}
     * with eigenvalues, and returns the order that sorts them: value i ascending is
     * d[order[i]], with eigenvector column order[i].
     */
    static int[] solve(OpenBlasLibrary library, int n, double[] d, double[] e, double[] z) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n < MIN_SIZE) {
            dstedc(library, n, d, 0, e, 0, z, 0, n);
            return order;
        }
        int n1 = n / 2;
        int n2 = n - n1;
        double beta = e[n1 - 1];
        d[n1 - 1] -= Math.abs(beta);
        d[n1] -= Math.abs(beta);
        Parallel.forEachChunk(2, half -> {
            if (half == 0) {
                dstedc(library, n1, d, 0, e, 0, z, 0, n);
            } else {
                dstedc(library, n2, d, n1, e, n1, z, n1 + n1 * n, n);
            }
        });
        // z-vector: the last row of Z_1 and the first row of Z_2.
        double[] u = new double[n];
        int[] indxq = new int[n];
        for (int j = 0; j < n1; j++) {
            u[j] = z[n1 - 1 + j * n];
            indxq[j] = j + 1;
        }
        for (int j = 0; j < n2; j++) {
            u[n1 + j] = z[n1 + (n1 + j) * n];
            indxq[n1 + j] = j + 1;
        }
        intW k = new intW(0);
        doubleW rho = new doubleW(beta);
        intW info = new intW(0);
        double[] dlamda = new double[n];
        double[] w = new double[n];
        double[] q2 = new double[n * n];
        int[] indx = new int[n];
        int[] indxc = new int[n];
        int[] indxp = new int[n];
        int[] coltyp = new int[n];
        library.lapack.dlaed2(k, n, n1, d, z, n, indxq, rho, u, dlamda, w, q2, indx, indxc,
                indxp, coltyp, info);
        OpenBlasEigen.requireSuccess("dlaed2", info);
        if (k.val > 0) {
            double[] s = SecularEquation.solve(library, k.val, dlamda, w, rho.val, d, indxc);
            merge(library, n, n1, k.val, coltyp, q2, s, z);
            library.lapack.dlamrg(k.val, n - k.val, d, 1, -1, indxq);
            for (int i = 0; i < n; i++) {
                order[i] = indxq[i] - 1;
            }
        }
        return order;
    }

    /**
     * Z(:, 0:k) = Q2 S on dlaed2's compressed blocks (as dlaed3): rows 0 .. n1 from the
     * columns of types 1 and 2, rows n1 .. n from types 2 and 3, by chunks of columns.
     */
    private static void merge(OpenBlasLibrary library, int n, int n1, int k, int[] ctot,
                              double[] q2, double[] s, double[] z) {
        int n2 = n - n1;
        int n12 = ctot[0] + ctot[1];
        int n23 = ctot[1] + ctot[2];
        Parallel.forEachChunk(Parallel.chunkCount(k, COLUMNS), c -> {
            int c0 = c * COLUMNS;
            int cols = Math.min(COLUMNS, k - c0);
            product(library, n2, cols, n23, q2, n1 * n12, n2, s, ctot[0] + c0 * k, k, z,
                    n1 + c0 * n, n);
            product(library, n1, cols, n12, q2, 0, n1, s, c0 * k, k, z, c0 * n, n);
        });
    }

    /** C = A B (m × cols, depth p), or zero when p = 0. */
    private static void product(OpenBlasLibrary library, int m, int cols, int p, double[] a,
                                int aOff, int lda, double[] b, int bOff, int ldb, double[] c,
                                int cOff, int ldc) {
        if (p == 0) {
            for (int j = 0; j < cols; j++) {
                Arrays.fill(c, cOff + j * ldc, cOff + j * ldc + m, 0.0);
            }
        } else if (m > 0) {
            library.blas.dgemm("N", "N", m, cols, p, 1.0, a, aOff, lda, b, bOff, ldb, 0.0, c,
                    cOff, ldc);
        }
    }

    /** dstedc('I') on the n × n block of (d, e, z) at the given offsets. */
    static void dstedc(OpenBlasLibrary library, int n, double[] d, int dOff, double[] e,
                       int eOff, double[] z, int zOff, int ldz) {
        intW info = new intW(0);
        double[] workSize = new double[1];
        int[] iworkSize = new int[1];
        library.lapack.dstedc("I", n, d, dOff, e, eOff, z, zOff, ldz, workSize, 0, -1, iworkSize,
                0, -1, info);
        OpenBlasEigen.requireSuccess("dstedc workspace query", info);
        double[] work = new double[Math.max(1, (int) workSize[0])];
        int[] iwork = new int[Math.max(1, iworkSize[0])];
        library.lapack.dstedc("I", n, d, dOff, e, eOff, z, zOff, ldz, work, 0, work.length, iwork,
                0, iwork.length, info);
        OpenBlasEigen.requireSuccess("dstedc", info);
    }
}
