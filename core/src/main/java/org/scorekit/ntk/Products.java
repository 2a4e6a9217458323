package org.scorekit.ntk;

import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;

/** Dense products op(A) op(B) through the current backend's GEMM. */
final class Products {
    private Products() {
    }

    /** op(a) op(b), where op transposes when the flag is set. */
    static Matrix times(Matrix a, boolean transposeA, Matrix b, boolean transposeB) {
        int m = transposeA ? a.cols() : a.rows();
        int k = transposeA ? a.rows() : a.cols();
        int kb = transposeB ? b.cols() : b.rows();
        int n = transposeB ? b.rows() : b.cols();
        if (k != kb) {
            throw new IllegalArgumentException("inner dimensions must agree: " + k + " vs " + kb);
        }
        Matrix c = Matrix.zeros(m, n);
        if (m == 0 || n == 0 || k == 0) {
            return c;
        }
        Backends.current().gemm(transposeA ? Transpose.YES : Transpose.NO,
                transposeB ? Transpose.YES : Transpose.NO, m, n, k, 1.0, a.data(), 0, a.cols(),
                b.data(), 0, b.cols(), 0.0, c.data(), 0, n);
        return c;
    }
}
