package org.scorekit.linalg;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * Householder reduction Q^T A Q = T of a symmetric matrix to tridiagonal form, the algorithm of
 * LAPACK's blocked {@code dsytrd} (lower triangle, panels of {@link #PANEL} columns as in
 * {@code dlatrd}) with its two expensive parts run on {@link Parallel}'s fixed chunks:
 * <ul>
 *   <li>the symmetric matrix-vector product of every column (half the flops, all of the memory
 *       traffic) is cut into fixed {@link #TILE} × {@link #TILE} tiles of the lower triangle;
 *       each tile is read once, for both of its products, and the per-tile-column partial
 *       vectors are summed in tile-column order;</li>
 *   <li>the rank-2·{@link #PANEL} update after each panel runs one tile-column per chunk.</li>
 * </ul>
 * Every BLAS call runs on one OpenBLAS thread and the cuts depend on the matrix size only, so
 * the result is bit-identical for every thread count. The last {@link #TAIL} columns, which fit
 * in cache, are reduced by LAPACK's {@code dsytrd} itself.
 *
 * <p>Storage is LAPACK's: a column-major n × n array with leading dimension n (a symmetric
 * row-major matrix is the same array). On return the diagonal and off-diagonal of T are in
 * {@code d} and {@code e}, and the reflectors and their scalars are where {@code dsytrd} with
 * {@code UPLO = 'L'} leaves them, so {@code dormtr('L', 'L', ...)} applies Q.
 */
final class ParallelTridiagonal {
    /** Columns per panel (LAPACK's block size for {@code dsytrd}). */
    static final int PANEL = 64;
    /** Columns per chunk of the parallel products. */
    static final int TILE = 256;
    /**
     * Columns per strip of the symmetric product: the strip below the diagonal (at most
     * n × STRIP) is read from memory by the first product and from L2 by the second.
     */
    static final int STRIP = 16;
    /**
     * Trailing size below which one dsymv call beats the tiled product: the triangle is then
     * at most 16 MiB, read about as fast by one core as by two, and the tiles' calls and the
     * reduction of partial vectors would cost more than they save.
     */
    static final int PARALLEL_SYMV = 2048;
    /** Trailing size below which LAPACK's own reduction finishes the job. */
    static final int TAIL = 512;

    private final BLAS blas;
    private final LAPACK lapack;
    private final int n;
    private final double[] a;
    private final double[] w;
    /** [V W] and [W V] (n × 2·PANEL each, rows from the panel's end on) for the update. */
    private final double[] vw;
    private final double[] wv;
    private final double[][] partials;
    private final double[] tmp = new double[PANEL];

    /** Diagonal of T (length n). */
    final double[] d;
    /** Off-diagonal of T (length n − 1). */
    final double[] e;
    /** Householder scalars (length n − 1). */
    final double[] tau;

    private ParallelTridiagonal(OpenBlasLibrary library, int n, double[] a) {
        this.blas = library.blas;
        this.lapack = library.lapack;
        this.n = n;
        this.a = a;
        this.w = new double[n * PANEL + n]; // a spare column, as for the matrix (OpenBlasEigen)
        this.vw = new double[n * 2 * PANEL + n];
        this.wv = new double[n * 2 * PANEL + n];
        this.partials = new double[Parallel.chunkCount(n, TILE)][n];
        this.d = new double[n];
        this.e = new double[Math.max(0, n - 1)];
        this.tau = new double[Math.max(0, n - 1)];
    }

    /** Reduces the symmetric {@code a} (overwritten, n × n) to tridiagonal form. */
    static ParallelTridiagonal reduce(OpenBlasLibrary library, int n, double[] a) {
        ParallelTridiagonal t = new ParallelTridiagonal(library, n, a);
        t.run();
        return t;
    }

    private void run() {
        int i0 = 0;
        while (n - i0 > TAIL) {
            panel(i0);
            int o = i0 + PANEL;
            rank2Update(o, i0);
            for (int j = i0; j < o; j++) {
                a[j + 1 + j * n] = e[j];
                d[j] = a[j + j * n];
            }
            i0 = o;
        }
        tail(i0);
    }

    /** dlatrd, lower: reduces columns i0 .. i0 + PANEL − 1 and fills W. */
    private void panel(int i0) {
        doubleW alpha = new doubleW(0);
        doubleW t = new doubleW(0);
        for (int i = 0; i < PANEL; i++) {
            int j = i0 + i;
            int col = j + j * n;
            if (i > 0) {
                blas.dgemv("N", n - j, i, -1.0, a, j + i0 * n, n, w, j, n, 1.0, a, col, 1);
                blas.dgemv("N", n - j, i, -1.0, w, j, n, a, j + i0 * n, n, 1.0, a, col, 1);
            }
            int len = n - j - 1;
            int v = col + 1;
            alpha.val = a[v];
            lapack.dlarfg(len, alpha, a, v + 1, 1, t);
            e[j] = alpha.val;
            tau[j] = t.val;
            a[v] = 1.0;
            int wCol = j + 1 + i * n;
            symv(j + 1, v, wCol);
            if (i > 0) {
                blas.dgemv("T", len, i, 1.0, w, j + 1, n, a, v, 1, 0.0, tmp, 0, 1);
                blas.dgemv("N", len, i, -1.0, a, j + 1 + i0 * n, n, tmp, 0, 1, 1.0, w, wCol, 1);
                blas.dgemv("T", len, i, 1.0, a, j + 1 + i0 * n, n, a, v, 1, 0.0, tmp, 0, 1);
                blas.dgemv("N", len, i, -1.0, w, j + 1, n, tmp, 0, 1, 1.0, w, wCol, 1);
            }
            blas.dscal(len, t.val, w, wCol, 1);
            double s = -0.5 * t.val * blas.ddot(len, w, wCol, 1, a, v, 1);
            blas.daxpy(len, s, a, v, 1, w, wCol, 1);
        }
    }

    /**
     * w[out ..] = A(k:n, k:n) · a[x ..] for the trailing lower triangle from row and column k,
     * one tile-column per chunk, partials summed in tile-column order.
     */
    private void symv(int k, int x, int out) {
        int s = n - k;
        if (s < PARALLEL_SYMV) {
            blas.dsymv("L", s, 1.0, a, k + k * n, n, a, x, 1, 0.0, w, out, 1);
            return;
        }
        int chunks = Parallel.chunkCount(s, TILE);
        Parallel.forEachChunk(chunks, p -> {
            double[] y = partials[p];
            int c0 = p * TILE;
            int c1 = Math.min(s, c0 + TILE);
            Arrays.fill(y, c0, s, 0.0);
            for (int j = c0; j < c1; j += STRIP) {
                int cw = Math.min(STRIP, c1 - j);
                int diag = k + j + (k + j) * n;
                blas.dsymv("L", cw, 1.0, a, diag, n, a, x + j, 1, 1.0, y, j, 1);
                int below = s - j - cw;
                if (below > 0) {
                    blas.dgemv("N", below, cw, 1.0, a, diag + cw, n, a, x + j, 1, 1.0, y, j + cw, 1);
                    blas.dgemv("T", below, cw, 1.0, a, diag + cw, n, a, x + j + cw, 1, 1.0, y, j, 1);
                }
            }
        });
        System.arraycopy(partials[0], 0, w, out, s);
        for (int p = 1; p < chunks; p++) {
            double[] y = partials[p];
            for (int r = p * TILE; r < s; r++) {
                w[out + r] += y[r];
            }
        }
    }

    /**
     * A(o:n, o:n) −= V W^T + W V^T, lower triangle, V = A(o:n, i0:o), one tile-column per chunk:
     * dsyr2k on the diagonal tile and, below it, one product [V W] [W V]^T of depth 2·PANEL, so
     * each tile of A is read and written once.
     */
    private void rank2Update(int o, int i0) {
        int s = n - o;
        for (int c = 0; c < PANEL; c++) {
            System.arraycopy(a, o + (i0 + c) * n, vw, o + c * n, s);
            System.arraycopy(w, o + c * n, vw, o + (PANEL + c) * n, s);
            System.arraycopy(w, o + c * n, wv, o + c * n, s);
            System.arraycopy(a, o + (i0 + c) * n, wv, o + (PANEL + c) * n, s);
        }
        Parallel.forEachChunk(Parallel.chunkCount(s, TILE), p -> {
            int c0 = p * TILE;
            int cw = Math.min(TILE, s - c0);
            int row = o + c0;
            int diag = row + row * n;
            blas.dsyr2k("L", "N", cw, PANEL, -1.0, a, row + i0 * n, n, w, row, n, 1.0, a, diag, n);
            int below = s - c0 - cw;
            if (below > 0) {
                blas.dgemm("N", "T", below, cw, 2 * PANEL, -1.0, vw, row + cw, n, wv, row, n, 1.0,
                        a, diag + cw, n);
            }
        });
    }

    /** LAPACK's dsytrd on the trailing block from row and column i0. */
    private void tail(int i0) {
        int s = n - i0;
        if (s <= 0) {
            return;
        }
        int off = i0 + i0 * n;
        intW info = new intW(0);
        double[] query = new double[1];
        lapack.dsytrd("L", s, a, off, n, d, i0, e, i0, tau, i0, query, 0, -1, info);
        double[] work = new double[Math.max(1, (int) query[0])];
        lapack.dsytrd("L", s, a, off, n, d, i0, e, i0, tau, i0, work, 0, work.length, info);
        if (info.val != 0) {
            throw new IllegalStateException("dsytrd must return info = 0: " + info.val);
        }
    }
}
