package org.scorekit.convex;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;

/**
 * The linear operator of the multivariate programs (spec/convex-score.md §6.1): block weights
 * W_1..W_P ((d + 1) × d each, stored row-major one after another, P × (d + 1)d) map to the
 * predictions S = Σ_i D̃_i X̃ W_i (n × d), and the adjoint maps S to the blocks X̃ᵀ D̃_i S.
 *
 * <p>Both are two skinny GEMMs with the n × P sign matrix M[k, i] = D̃_i[k, k]: row k of
 * T = M W is Σ_i D̃_i[k, k] vec(W_i), and S_k = x̃_kᵀ T_k; the adjoint is Mᵀ Z with
 * Z_k = vec(x̃_k S_kᵀ). Rows run in fixed chunks, partial adjoints are added in chunk order.
 */
final class Arrangement {
    private static final int CHUNK = 2048;

    private final int rows;
    private final int dimension;
    private final int count;
    private final double[] lifted;
    private final double[] signs;
    private final double[] traces;

    Arrangement(MultivariateProgram program) {
        ActivationPatterns patterns = program.patterns();
        rows = program.size();
        dimension = program.dimension();
        count = patterns.count();
        int q = dimension + 1;
        lifted = new double[rows * q];
        Matrix x = program.points();
        for (int k = 0; k < rows; k++) {
            for (int c = 0; c < dimension; c++) {
                lifted[k * q + c] = x.get(k, c);
            }
            lifted[k * q + dimension] = 1.0;
        }
        boolean abs = program.activation() == Activation.ABSOLUTE_VALUE;
        signs = new double[rows * count];
        traces = new double[count];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < rows; k++) {
                double sign = patterns.active(i, k) ? 1.0 : abs ? -1.0 : 0.0;
                signs[k * count + i] = sign;
                traces[i] += sign;
            }
        }
    }

    int rows() {
        return rows;
    }

    int dimension() {
        return dimension;
    }

    /** P. */
    int count() {
        return count;
    }

    /** (d + 1) d, the length of one block. */
    int blockSize() {
        return (dimension + 1) * dimension;
    }

    /** tr(D̃_i). */
    double trace(int i) {
        return traces[i];
    }

    /** D̃_i[k, k]. */
    double sign(int k, int i) {
        return signs[k * count + i];
    }

    /** x̃_k[j] (j = d is the constant 1). */
    double lifted(int k, int j) {
        return lifted[k * (dimension + 1) + j];
    }

    /** s = Σ_i D̃_i X̃ W_i (n × d) from the blocks w (P × (d + 1)d). */
    void predict(double[] w, double[] s) {
        int q = dimension + 1;
        int width = blockSize();
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(rows, CHUNK), chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(rows, from + CHUNK);
            double[] t = new double[(to - from) * width];
            backend.gemm(Transpose.NO, Transpose.NO, to - from, width, count, 1.0, signs,
                    from * count, count, w, 0, width, 0.0, t, 0, width);
            for (int k = from; k < to; k++) {
                int base = (k - from) * width;
                for (int c = 0; c < dimension; c++) {
                    double sum = 0;
                    for (int j = 0; j < q; j++) {
                        sum += lifted[k * q + j] * t[base + j * dimension + c];
                    }
                    s[k * dimension + c] = sum;
                }
            }
        });
    }

    /** g_i = X̃ᵀ D̃_i s (P × (d + 1)d) from s (n × d). */
    void correlate(double[] s, double[] g) {
        int q = dimension + 1;
        int width = blockSize();
        Backend backend = Backends.current();
        int chunks = Parallel.chunkCount(rows, CHUNK);
        double[][] partial = new double[chunks][];
        Parallel.forEachChunk(chunks, chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(rows, from + CHUNK);
            double[] z = new double[(to - from) * width];
            for (int k = from; k < to; k++) {
                int base = (k - from) * width;
                for (int j = 0; j < q; j++) {
                    for (int c = 0; c < dimension; c++) {
                        z[base + j * dimension + c] = lifted[k * q + j] * s[k * dimension + c];
                    }
                }
            }
            partial[chunk] = new double[count * width];
            backend.gemm(Transpose.YES, Transpose.NO, count, width, to - from, 1.0, signs,
                    from * count, count, z, 0, width, 0.0, partial[chunk], 0, width);
        });
        System.arraycopy(partial[0], 0, g, 0, g.length);
        for (int chunk = 1; chunk < chunks; chunk++) {
            for (int m = 0; m < g.length; m++) {
                g[m] += partial[chunk][m];
            }
        }
    }

    /** g_i += tr(D̃_i) E, the gradient of the trace term Σ_i tr(D̃_i)⟨E, W_i⟩. */
    void addTrace(double[] g) {
        int width = blockSize();
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < dimension; c++) {
                g[i * width + c * dimension + c] += traces[i];
            }
        }
    }

    /** Σ_i tr(D̃_i)⟨E, W_i⟩, the trace term (⟨E, W⟩ sums the first d diagonal entries). */
    double traceTerm(double[] w) {
        int width = blockSize();
        double sum = 0;
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < dimension; c++) {
                sum += traces[i] * w[i * width + c * dimension + c];
            }
        }
        return sum;
    }

    /** ‖block‖_F² of the length-{@code width} block at offset: φ ≤ ‖·‖₂ ≤ ‖·‖_F lets callers skip SVDs. */
    static double frobenius(double[] blocks, int offset, int width) {
        double sum = 0;
        for (int m = offset; m < offset + width; m++) {
            sum += blocks[m] * blocks[m];
        }
        return sum;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int m = 0; m < a.length; m++) {
            sum += a[m] * b[m];
        }
        return sum;
    }
}
