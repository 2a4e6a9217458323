package org.scorekit.linalg;

import org.scorekit.checks.Checks;

/**
 * Argument checks shared by every {@link Backend}, so that all implementations reject the same
 * calls with the same messages ({@code <name> must be <expectation>: <value>}). A native backend
 * must never be handed an index outside its arrays, so GEMM operands are checked against their
 * array bounds before any work is done.
 */
final class BackendArguments {
    private BackendArguments() {
    }

    /**
     * Checks a row-major GEMM call {@code C = alpha op(A) op(B) + beta C}, op(A): m × k,
     * op(B): k × n, C: m × n. A is stored m × k (or k × m when transposed), B k × n (or n × k).
     */
    static void gemm(Transpose transA, Transpose transB, int m, int n, int k,
                     double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
                     double[] c, int cOffset, int ldc) {
        gemmShape(transA, transB, m, n, k, length("a", a), aOffset, lda, length("b", b),
                bOffset, ldb, length("c", c), cOffset, ldc);
    }

    /** The same checks for a single-precision GEMM. */
    static void sgemm(Transpose transA, Transpose transB, int m, int n, int k,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float[] c, int cOffset, int ldc) {
        gemmShape(transA, transB, m, n, k, length("a", a), aOffset, lda, length("b", b),
                bOffset, ldb, length("c", c), cOffset, ldc);
    }

    private static void gemmShape(Transpose transA, Transpose transB, int m, int n, int k,
                                  int aLength, int aOffset, int lda, int bLength, int bOffset,
                                  int ldb, int cLength, int cOffset, int ldc) {
        if (transA == null || transB == null) {
            throw new IllegalArgumentException("transA and transB must be non-null: "
                    + transA + ", " + transB);
        }
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.nonNegative("k", k);
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        operand("a", aLength, aOffset, "lda", lda, ta ? k : m, ta ? m : k);
        operand("b", bLength, bOffset, "ldb", ldb, tb ? n : k, tb ? k : n);
        operand("c", cLength, cOffset, "ldc", ldc, m, n);
    }

    private static int length(String name, double[] array) {
        return nonNull(name, array).length;
    }

    private static int length(String name, float[] array) {
        return nonNull(name, array).length;
    }

    private static <T> T nonNull(String name, T array) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must be non-null: null");
        }
        return array;
    }

    /** Checks that {@code a} is square; returns its dimension n. */
    static int square(String what, Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException(what + " must be non-null: null");
        }
        return square(what, a.rows(), a.cols());
    }

    /** Checks that {@code a} is square with a finite lower triangle; returns n. */
    static int symmetric(String what, Matrix a) {
        int n = square(what, a);
        double[] x = a.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                if (!Double.isFinite(x[i * n + j])) {
                    throw new IllegalArgumentException(
                            what + "[" + i + ", " + j + "] must be finite: " + x[i * n + j]);
                }
            }
        }
        return n;
    }

    /** Whether every entry on or below the diagonal of the n × n row-major array is finite. */
    static boolean lowerFinite(double[] x, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                if (!Double.isFinite(x[i * n + j])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int square(String what, int rows, int cols) {
        if (rows != cols) {
            throw new IllegalArgumentException(what + " must be square: " + rows + " x " + cols);
        }
        return rows;
    }

    private static void operand(String name, int length, int offset, String ldName, int ld,
                                int rows, int cols) {
        Checks.nonNegative(name + "Offset", offset);
        if (ld < cols) {
            throw new IllegalArgumentException(ldName + " must be at least " + cols
                    + " (columns of " + name + " as stored): " + ld);
        }
        if (rows == 0 || cols == 0) {
            return;
        }
        long end = offset + (long) (rows - 1) * ld + cols;
        if (end > length) {
            throw new IllegalArgumentException(name + ".length must be at least " + end
                    + " (offset + (rows - 1) * " + ldName + " + cols for " + rows + " x "
                    + cols + "): " + length);
        }
    }
}
