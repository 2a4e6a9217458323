package org.scorekit.linalg;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * Householder reduction Q^T A Q = T of a symmetric matrix to tridiagonal form, the algorithm of
 * LAPACK's blocked {@code dsytrd} (lower triangle, panels of {@link #PANEL} columns as in
 * {@code dlatrd}) with every step that touches a trailing column or the trailing matrix run on
 * fixed chunks:
 * <ul>
 *   <li>the symmetric matrix-vector product of every column (half the flops, all of the memory
 *       traffic) is cut into two triangles for dsymv and the rectangle between them, in chunks
 *       of {@link #RECT} columns ({@link #products}); every entry is read from memory once and
 *       the partial vectors are summed in chunk order. The big triangle is one chunk, half of
 *       the work: the product, bound by memory bandwidth, gains from a second thread but not
 *       from more;</li>
 *   <li>the panel's corrections of a column (products with the panel's V and W) run by slices
 *       of {@link #ROWS} rows, its two projections W^T v and V^T v beside the product;</li>
 *   <li>the rank-2·{@link #PANEL} update after each panel runs one tile-column per chunk.</li>
 * </ul>
 * A column costs three parallel loops of some tens to hundreds of µs each, too short for a
 * parked pool worker to wake up in time, so the reduction runs on a {@link SpinningTeam}.
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
    /** Columns per chunk of the rank-2·PANEL update. */
    static final int TILE = 256;
    /** Columns per chunk of the rectangle in the symmetric product. */
    static final int RECT = 128;
    /** Columns per strip of the rectangle: at most n × STRIP stays in L2 for its second product. */
    static final int STRIP = 16;
    /** Rows per slice of the row-parallel vector steps. */
    static final int ROWS = 512;
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
    private final double[] wTv = new double[PANEL];
    private final double[] vTv = new double[PANEL];
    private final SpinningTeam team;

    /** Diagonal of T (length n). */
    final double[] d;
    /** Off-diagonal of T (length n − 1). */
    final double[] e;
    /** Householder scalars (length n − 1). */
    final double[] tau;

    private ParallelTridiagonal(OpenBlasLibrary library, int n, double[] a, SpinningTeam team) {
        this.team = team;
        this.blas = library.blas;
        this.lapack = library.lapack;
        this.n = n;
        this.a = a;
        this.w = new double[n * PANEL + n]; // a spare column, as for the matrix (OpenBlasEigen)
        this.vw = new double[n * 2 * PANEL + n];
        this.wv = new double[n * 2 * PANEL + n];
        this.partials = new double[2 + Parallel.chunkCount(split(n), RECT)][n];
        this.d = new double[n];
        this.e = new double[Math.max(0, n - 1)];
        this.tau = new double[Math.max(0, n - 1)];
    }

    /** Reduces the symmetric {@code a} (overwritten, n × n) to tridiagonal form. */
    static ParallelTridiagonal reduce(OpenBlasLibrary library, int n, double[] a) {
        try (SpinningTeam team = SpinningTeam.start()) {
            ParallelTridiagonal t = new ParallelTridiagonal(library, n, a, team);
            t.run();
            return t;
        }
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
                updateColumn(j, i0, i);
            }
            int len = n - j - 1;
            int v = col + 1;
            alpha.val = a[v];
            lapack.dlarfg(len, alpha, a, v + 1, 1, t);
            e[j] = alpha.val;
            tau[j] = t.val;
            a[v] = 1.0;
            int wCol = j + 1 + i * n;
            products(j + 1, v, i0, i);
            finishColumn(j + 1, i0, i, wCol, t.val);
            double s = -0.5 * t.val * blas.ddot(len, w, wCol, 1, a, v, 1);
            blas.daxpy(len, s, a, v, 1, w, wCol, 1);
        }
    }

    /**
     * Column j (rows j ..) minus the panel's earlier updates, A(j:n, i0:j) W(j, 0:i)^T and
     * W(j:n, 0:i) A(j, i0:j)^T, by slices of {@link #ROWS} rows.
     */
    private void updateColumn(int j, int i0, int i) {
        int col = j + j * n;
        int len = n - j;
        team.forEachChunk(Parallel.chunkCount(len, ROWS), r -> {
            int r0 = r * ROWS;
            int rows = Math.min(ROWS, len - r0);
            blas.dgemv("N", rows, i, -1.0, a, j + r0 + i0 * n, n, w, j, n, 1.0, a, col + r0, 1);
            blas.dgemv("N", rows, i, -1.0, w, j + r0, n, a, j + i0 * n, n, 1.0, a, col + r0, 1);
        });
    }

    /**
     * One loop for v = a[x ..] and the trailing triangle A(k:n, k:n) of size s, split at
     * c = {@link #split}(s): chunk 0 is dsymv on A(c:s, c:s), chunks 1 .. are the rectangle
     * A(c:s, 0:c) by {@link #RECT} columns ({@link #rectangle}), then dsymv on A(0:c, 0:c) and,
     * for i &gt; 0, the projections W(k:n, 0:i)^T v and V(k:n, 0:i)^T v. Each chunk writes its
     * own partial vector.
     */
    private void products(int k, int x, int i0, int i) {
        int s = n - k;
        int c = split(s);
        int rects = Parallel.chunkCount(c, RECT);
        team.forEachChunk(2 + rects + (i > 0 ? 2 : 0), p -> {
            if (p == 0) {
                blas.dsymv("L", s - c, 1.0, a, k + c + (k + c) * n, n, a, x + c, 1, 0.0,
                        partials[0], c, 1);
            } else if (p <= rects) {
                rectangle(k, x, c, p - 1);
            } else if (p == rects + 1) {
                blas.dsymv("L", c, 1.0, a, k + k * n, n, a, x, 1, 0.0, partials[1], 0, 1);
            } else if (p == rects + 2) {
                blas.dgemv("T", s, i, 1.0, w, k, n, a, x, 1, 0.0, wTv, 0, 1);
            } else {
                blas.dgemv("T", s, i, 1.0, a, k + i0 * n, n, a, x, 1, 0.0, vTv, 0, 1);
            }
        });
    }

    /**
     * Where the trailing triangle of size s is split: c = s (1 − 1/√2) rounded to whole strips,
     * which gives A(c:s, c:s) half the triangle's area. dsymv reads each of its entries once for
     * both of its products and streams faster than the strips, so on two threads one runs the
     * big dsymv while the other takes the rectangle and the small triangle.
     */
    static int split(int s) {
        return Math.max(STRIP, (int) Math.round((1 - Math.sqrt(0.5)) * s / STRIP) * STRIP);
    }

    /**
     * Columns r · RECT .. of the rectangle B = A(c:s, 0:c) below the small triangle:
     * B^T v(c:s) into rows c0 .. c1 and B v(c0:c1) into rows c .. s of partial 2 + r, in
     * strips of {@link #STRIP} columns, each read from memory by the first product and from L2
     * by the second.
     */
    private void rectangle(int k, int x, int c, int r) {
        int s = n - k;
        double[] y = partials[2 + r];
        int c0 = r * RECT;
        int c1 = Math.min(c, c0 + RECT);
        Arrays.fill(y, c0, c1, 0.0);
        Arrays.fill(y, c, s, 0.0);
        for (int j = c0; j < c1; j += STRIP) {
            int cw = Math.min(STRIP, c1 - j);
            int top = k + c + (k + j) * n;
            blas.dgemv("N", s - c, cw, 1.0, a, top, n, a, x + j, 1, 1.0, y, c, 1);
            blas.dgemv("T", s - c, cw, 1.0, a, top, n, a, x + c, 1, 1.0, y, j, 1);
        }
    }

    /**
     * w[out ..] = τ (A v − V (W^T v) − W (V^T v)) by slices of {@link #ROWS} rows, the partials
     * of {@link #products} summed in chunk order.
     */
    private void finishColumn(int k, int i0, int i, int out, double tauJ) {
        int s = n - k;
        int c = split(s);
        int rects = Parallel.chunkCount(c, RECT);
        team.forEachChunk(Parallel.chunkCount(s, ROWS), slice -> {
            int r0 = slice * ROWS;
            int r1 = Math.min(s, r0 + ROWS);
            if (r0 < c) {
                int top = Math.min(r1, c);
                System.arraycopy(partials[1], r0, w, out + r0, top - r0);
                for (int q = r0; q < top; q++) {
                    w[out + q] += partials[2 + q / RECT][q];
                }
            }
            if (r1 > c) {
                int from = Math.max(r0, c);
                System.arraycopy(partials[0], from, w, out + from, r1 - from);
                for (int r = 0; r < rects; r++) {
                    double[] y = partials[2 + r];
                    for (int q = from; q < r1; q++) {
                        w[out + q] += y[q];
                    }
                }
            }
            if (i > 0) {
                blas.dgemv("N", r1 - r0, i, -1.0, a, k + r0 + i0 * n, n, wTv, 0, 1, 1.0, w,
                        out + r0, 1);
                blas.dgemv("N", r1 - r0, i, -1.0, w, k + r0, n, vTv, 0, 1, 1.0, w, out + r0, 1);
            }
            blas.dscal(r1 - r0, tauJ, w, out + r0, 1);
        });
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
        team.forEachChunk(Parallel.chunkCount(s, TILE), p -> {
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
