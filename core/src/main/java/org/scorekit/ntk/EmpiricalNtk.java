package org.scorekit.ntk;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;
import org.scorekit.model.TwoLayerRelu;

/**
 * The empirical NTK H(τ) = J J^T of a {@link TwoLayerRelu} at its current first layer W on the
 * inputs Z (spec/score-estimation.md §6), with the cross-output blocks. Sample-major stacking:
 * output k of sample j sits at (j−1)d + k. J = ∂u/∂vec(W) ∈ R^{Nd × mD}, row (j,k), block r:
 * (1/√m) a_{rk} 1{w_r·z_j ≥ 0} z_j^T, so
 * <pre>
 *   H_ij = (1/m)(z_i·z_j) Σ_r 1{w_r·z_i ≥ 0} 1{w_r·z_j ≥ 0} a_r a_r^T ∈ R^{d×d}
 *   K_emp = (1/m) G ∘ (S^T S),  G = Z Z^T,  S_rj = 1{w_r·z_j ≥ 0}   (every diagonal block)
 * </pre>
 * The dense forms cost O((Nd)² m) and suit small N; {@link #jacobianTimes},
 * {@link #jacobianTransposeTimes} and {@link #multiply} never form an N × m matrix (row blocks
 * of {@link #BLOCK_ROWS}) and suit large N. The weights are copied: later training does not
 * change this H.
 */
public final class EmpiricalNtk {
    /** Rows of Z per block in the matrix-free products. */
    public static final int BLOCK_ROWS = 128;
    /** Blocks per chunk: the unit of parallel work and of the fixed-order reduction in J^T u. */
    public static final int BLOCKS_PER_CHUNK = 8;

    private static final double POWER_TOLERANCE = 1e-10;
    private static final int POWER_MAX_ITERATIONS = 1000;

    private final TwoLayerRelu network;
    private final Matrix inputs;

    private EmpiricalNtk(TwoLayerRelu network, Matrix inputs) {
        this.network = network;
        this.inputs = inputs;
    }

    /** H(τ) of the network's current weights on the rows of z (N × D). */
    public static EmpiricalNtk of(TwoLayerRelu network, Matrix z) {
        Checks.require(network != null, "network must be given");
        z.requireCols("inputs", network.inputDimension());
        Checks.positive("number of inputs", z.rows());
        return new EmpiricalNtk(network.copy(), z.copy());
    }

    /** N. */
    public int size() {
        return inputs.rows();
    }

    /** Nd, the side of H. */
    public int dimension() {
        return inputs.rows() * network.outputDimension();
    }

    /** The full H (Nd × Nd), cross-output blocks included. */
    public Matrix gram() {
        int n = size();
        int d = network.outputDimension();
        int m = network.width();
        Matrix s = activations();
        double[] a = network.outputLayerData();
        Matrix signed = Matrix.zeros(n * d, m);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                for (int r = 0; r < m; r++) {
                    signed.set(i * d + k, r, s.get(i, r) * a[r * d + k]);
                }
            }
        }
        Matrix h = Products.times(signed, false, signed, true);
        Matrix g = Products.times(inputs, false, inputs, true);
        double[] hd = h.data();
        int side = n * d;
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                hd[row * side + col] *= g.get(row / d, col / d) / m;
            }
        }
        return h;
    }

    /** K_emp = (1/m) G ∘ (S^T S) (N × N), every diagonal block of H. */
    public Matrix diagonalBlock() {
        Matrix s = activations();
        Matrix k = Products.times(s, false, s, true);
        Matrix g = Products.times(inputs, false, inputs, true);
        double[] kd = k.data();
        double inv = 1.0 / network.width();
        for (int i = 0; i < kd.length; i++) {
            kd[i] *= g.data()[i] * inv;
        }
        return k;
    }

    /** J v for a first-layer direction v (m × D, row-major); returns u ∈ R^{Nd}. */
    public double[] jacobianTimes(double[] v) {
        int m = network.width();
        int dim = network.inputDimension();
        int d = network.outputDimension();
        Checks.sameSize("direction length (m D)", m * dim, v.length);
        int n = size();
        double[] out = new double[n * d];
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(n, BLOCK_ROWS), b -> {
            int from = b * BLOCK_ROWS;
            int rows = Math.min(BLOCK_ROWS, n - from);
            double[] mask = preactivations(backend, from, rows);
            double[] q = new double[rows * m];
            backend.gemm(Transpose.NO, Transpose.YES, rows, m, dim, 1.0, inputs.data(),
                    from * dim, dim, v, 0, dim, 0.0, q, 0, m);
            for (int i = 0; i < q.length; i++) {
                q[i] = mask[i] >= 0 ? q[i] : 0.0;
            }
            backend.gemm(Transpose.NO, Transpose.NO, rows, d, m, 1.0 / Math.sqrt(m), q, 0, m,
                    network.outputLayerData(), 0, d, 0.0, out, from * d, d);
        });
        return out;
    }

    /** J^T u for u ∈ R^{Nd} (sample-major); returns m × D row-major. */
    public double[] jacobianTransposeTimes(double[] u) {
        int m = network.width();
        int dim = network.inputDimension();
        int d = network.outputDimension();
        int n = size();
        Checks.sameSize("vector length (N d)", n * d, u.length);
        int chunkRows = BLOCK_ROWS * BLOCKS_PER_CHUNK;
        int chunks = Parallel.chunkCount(n, chunkRows);
        double[][] partials = new double[chunks][m * dim];
        Backend backend = Backends.current();
        Parallel.forEachChunk(chunks, c -> {
            int end = Math.min(n, (c + 1) * chunkRows);
            for (int from = c * chunkRows; from < end; from += BLOCK_ROWS) {
                int rows = Math.min(BLOCK_ROWS, end - from);
                double[] r = preactivations(backend, from, rows);
                double[] back = new double[rows * m];
                backend.gemm(Transpose.NO, Transpose.YES, rows, m, d, 1.0, u, from * d, d,
                        network.outputLayerData(), 0, d, 0.0, back, 0, m);
                for (int i = 0; i < back.length; i++) {
                    back[i] = r[i] >= 0 ? back[i] : 0.0;
                }
                backend.gemm(Transpose.YES, Transpose.NO, m, dim, rows, 1.0 / Math.sqrt(m), back,
                        0, m, inputs.data(), from * dim, dim, 1.0, partials[c], 0, dim);
            }
        });
        double[] out = partials[0];
        for (int c = 1; c < chunks; c++) {
            for (int i = 0; i < out.length; i++) {
                out[i] += partials[c][i];
            }
        }
        return out;
    }

    /** H v = J (J^T v) for v ∈ R^{Nd}, without forming H: O(N m (D + d)). */
    public double[] multiply(double[] v) {
        return jacobianTimes(jacobianTransposeTimes(v));
    }

    /**
     * ‖H‖_op = λ_max(H) (H is positive semidefinite) by power iteration on {@link #multiply}
     * from the normalised all-ones vector, to a relative change of 10⁻¹⁰ in the Rayleigh
     * quotient or 1000 iterations.
     */
    public double operatorNorm() {
        int side = dimension();
        double[] v = new double[side];
        Arrays.fill(v, 1.0 / Math.sqrt(side));
        double lambda = 0;
        for (int it = 0; it < POWER_MAX_ITERATIONS; it++) {
            double[] hv = multiply(v);
            double rayleigh = 0;
            double norm = 0;
            for (int i = 0; i < side; i++) {
                rayleigh += v[i] * hv[i];
                norm += hv[i] * hv[i];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return 0.0;
            }
            for (int i = 0; i < side; i++) {
                v[i] = hv[i] / norm;
            }
            if (Math.abs(rayleigh - lambda) <= POWER_TOLERANCE * Math.abs(rayleigh)) {
                return rayleigh;
            }
            lambda = rayleigh;
        }
        return lambda;
    }

    /** S^T as an N × m 0/1 matrix (relu'(0) := 1). */
    private Matrix activations() {
        int n = size();
        int m = network.width();
        Matrix s = Matrix.wrap(n, m, preactivations(Backends.current(), 0, n));
        double[] a = s.data();
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] >= 0 ? 1.0 : 0.0;
        }
        return s;
    }

    /** Z_b W^T for rows [from, from + rows): rows × m. */
    private double[] preactivations(Backend backend, int from, int rows) {
        int m = network.width();
        int dim = network.inputDimension();
        double[] p = new double[rows * m];
        backend.gemm(Transpose.NO, Transpose.YES, rows, m, dim, 1.0, inputs.data(), from * dim,
                dim, network.firstLayerData(), 0, dim, 0.0, p, 0, m);
        return p;
    }
}
