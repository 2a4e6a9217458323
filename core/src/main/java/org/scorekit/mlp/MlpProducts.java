package org.scorekit.mlp;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Transpose;
import org.scorekit.train.Precision;

/**
 * The matrix products of one {@link MlpPass}: C (+)= op(A) op(B) on contiguous row-major
 * operands, through the backend's {@code dgemm} or, in float32, its {@code sgemm} on narrowed
 * copies. Everything else of the pass (activations, sums, the parameters and their update) stays
 * in double: narrowing costs O(entries) against the product's O(entries × inner dimension), and
 * a residual stream summed in double keeps its bits from one precision's rounding only.
 */
final class MlpProducts {
    private final Backend backend = Backends.current();
    private final Precision precision;
    private float[] left = new float[0];
    private float[] right = new float[0];
    private float[] product = new float[0];

    MlpProducts(Precision precision) {
        this.precision = precision;
    }

    /**
     * C = op(A) op(B), or C += op(A) op(B) when {@code accumulate}: op(A) is m × k (A stored
     * m × k, or k × m when transposed), op(B) is k × n, C is m × n; each operand starts at its
     * offset and is stored without gaps.
     */
    void multiply(Transpose transA, Transpose transB, int m, int n, int k, double[] a,
                  int aOffset, double[] b, int bOffset, double[] c, int cOffset,
                  boolean accumulate) {
        int lda = transA == Transpose.NO ? k : m;
        int ldb = transB == Transpose.NO ? n : k;
        if (precision == Precision.FLOAT64) {
            backend.gemm(transA, transB, m, n, k, 1.0, a, aOffset, lda, b, bOffset, ldb,
                    accumulate ? 1.0 : 0.0, c, cOffset, n);
            return;
        }
        left = narrow(a, aOffset, m * k, left);
        right = narrow(b, bOffset, k * n, right);
        if (product.length < m * n) {
            product = new float[m * n];
        }
        backend.sgemm(transA, transB, m, n, k, 1f, left, 0, lda, right, 0, ldb, 0f, product, 0,
                n);
        for (int i = 0; i < m * n; i++) {
            c[cOffset + i] = accumulate ? c[cOffset + i] + product[i] : product[i];
        }
    }

    private static float[] narrow(double[] x, int offset, int count, float[] out) {
        float[] target = out.length < count ? new float[count] : out;
        for (int i = 0; i < count; i++) {
            target[i] = (float) x[offset + i];
        }
        return target;
    }
}
