package org.scorekit.linalg;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import java.util.Optional;

/**
 * The pure-Java reference backend: straightforward loops, no native code. Always available;
 * used when OpenBLAS does not load and as the oracle in the backend contract tests.
 * {@link #eigh} is LAPACK {@code dsyevd} in netlib's pure-Java (f2j) translation,
 * {@link #cholesky} the column-by-column {@link Cholesky#decompose}.
 */
public final class JavaBackend implements Backend {
    @Override
    public String name() {
        return "java";
    }

    @Override
    public String description() {
        return "pure Java reference loops (" + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ")";
    }

    @Override
    public void gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
                     double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
                     double beta, double[] c, int cOffset, int ldc) {
        BackendArguments.gemm(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb,
                c, cOffset, ldc);
        scaleInPlace(m, n, beta, c, cOffset, ldc);
        if (alpha == 0 || k == 0) {
            return;
        }
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        if (!ta && !tb) {
            for (int i = 0; i < m; i++) {
                int ci = cOffset + i * ldc;
                for (int p = 0; p < k; p++) {
                    double av = alpha * a[aOffset + i * lda + p];
                    int bp = bOffset + p * ldb;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += av * b[bp + j];
                    }
                }
            }
        } else if (!ta) {
            for (int i = 0; i < m; i++) {
                int ai = aOffset + i * lda;
                for (int j = 0; j < n; j++) {
                    int bj = bOffset + j * ldb;
                    double s = 0;
                    for (int p = 0; p < k; p++) {
                        s += a[ai + p] * b[bj + p];
                    }
                    c[cOffset + i * ldc + j] += alpha * s;
                }
            }
        } else if (!tb) {
            for (int p = 0; p < k; p++) {
                int ap = aOffset + p * lda;
                int bp = bOffset + p * ldb;
                for (int i = 0; i < m; i++) {
                    double av = alpha * a[ap + i];
                    int ci = cOffset + i * ldc;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += av * b[bp + j];
                    }
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int p = 0; p < k; p++) {
                        s += a[aOffset + p * lda + i] * b[bOffset + j * ldb + p];
                    }
                    c[cOffset + i * ldc + j] += alpha * s;
                }
            }
        }
    }

    /**
     * Single precision through the double loops: each operand's footprint is widened, the
     * product computed in double and rounded to float once (at least as accurate as sgemm).
     */
    @Override
    public void sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float beta, float[] c, int cOffset, int ldc) {
        BackendArguments.sgemm(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb,
                c, cOffset, ldc);
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        double[] a64 = widen(a, aOffset, lda, ta ? k : m);
        double[] b64 = widen(b, bOffset, ldb, tb ? n : k);
        double[] c64 = widen(c, cOffset, ldc, m);
        gemm(transA, transB, m, n, k, alpha, a64, 0, lda, b64, 0, ldb, beta, c64, 0, ldc);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[cOffset + i * ldc + j] = (float) c64[i * ldc + j];
            }
        }
    }

    /** Rows × ld floats from {@code offset} as doubles (the last row only as far as the array). */
    private static double[] widen(float[] x, int offset, int ld, int rows) {
        double[] out = new double[rows * ld];
        int len = Math.min(out.length, x.length - offset);
        for (int i = 0; i < len; i++) {
            out[i] = x[offset + i];
        }
        return out;
    }

    /** C ← beta C on the m × n block; beta = 0 stores zeros (BLAS semantics). */
    static void scaleInPlace(int m, int n, float beta, float[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            int ci = cOffset + i * ldc;
            for (int j = 0; j < n; j++) {
                c[ci + j] = beta == 0 ? 0.0f : beta * c[ci + j];
            }
        }
    }

    static void scaleInPlace(int m, int n, double beta, double[] c, int cOffset, int ldc) {
        if (beta == 1) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = cOffset + i * ldc;
            for (int j = 0; j < n; j++) {
                // beta = 0 overwrites, as BLAS does, so NaN in an uninitialised C never leaks.
                c[ci + j] = beta == 0 ? 0.0 : beta * c[ci + j];
            }
        }
    }

    @Override
    public SymmetricEigen eigh(Matrix a) {
        return SymmetricEigen.decompose(JavaLAPACK.getInstance(), a);
    }

    @Override
    public Optional<Cholesky> cholesky(Matrix a) {
        BackendArguments.square("matrix to factorise", a);
        return Cholesky.decompose(a);
    }
}
