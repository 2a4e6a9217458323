package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.BlockLanczos;
import org.scorekit.linalg.BlockLanczos.RitzValues;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;

/**
 * The infinite-width NTK of the first-layer-trained two-layer ReLU network
 * (spec/score-estimation.md §6): κ(z, z') = z·z' (π − θ)/(2π), θ = arccos(z·z'/(‖z‖‖z'‖)),
 * κ(z, z) = ‖z‖²/2. Gram matrices are built in row tiles with a GEMM for the inner products.
 */
public final class ReluNtk {
    /** Rows per tile of the Gram matrix. */
    public static final int TILE_ROWS = 128;
    /** Largest N for which {@link #lambdaMax} builds K^∞ densely (8 N² bytes). */
    public static final int DENSE_LIMIT = 6000;

    private static final double POWER_TOLERANCE = 1e-10;
    private static final int POWER_MAX_ITERATIONS = 500;
    private static final double LANCZOS_TOLERANCE = 1e-9;
    private static final int LANCZOS_MAX_DIMENSION = 300;

    private ReluNtk() {
    }

    /**
     * κ from the inner product and the two norms. For nearly parallel arguments θ inherits an
     * absolute error of about √(2 ulp) ≈ 1.5·10⁻⁸ from the rounded cosine (arccos is
     * ill-conditioned at ±1), so κ is then accurate to about 10⁻⁸ relative only.
     */
    public static double kappa(double dot, double normA, double normB) {
        if (normA == 0 || normB == 0) {
            return 0.0;
        }
        double c = Math.max(-1.0, Math.min(1.0, dot / (normA * normB)));
        return dot * (Math.PI - Angles.arccos(c)) / (2 * Math.PI);
    }

    /** The Gram matrix K^∞ = [κ(z_i, z_j)] of the rows of z (N × D). */
    public static Matrix gram(Matrix z) {
        int n = z.rows();
        Matrix k = Matrix.zeros(n, n);
        double[] norms = Grams.norms(z);
        Backend backend = Backends.current();
        Parallel.forEachChunk(Parallel.chunkCount(n, TILE_ROWS), t -> {
            int from = t * TILE_ROWS;
            int rows = Math.min(TILE_ROWS, n - from);
            tile(backend, z, norms, from, rows, k.data(), from * n);
        });
        return k;
    }

    /** out = K^∞ v without forming K^∞ (the one-column case of {@link #multiply(Matrix, Matrix)}). */
    public static double[] multiply(Matrix z, double[] v) {
        Checks.sameSize("vector length", z.rows(), v.length);
        return multiply(z, Matrix.wrap(v.length, 1, v)).data();
    }

    /**
     * K^∞ V for a block V: N × b without forming K^∞: row tiles of {@link #TILE_ROWS}, each tile's
     * entries computed from the inner products, norms and angles, then one GEMM with V. Each
     * output row is reduced by one GEMM in a fixed order, so the result does not depend on the
     * thread count (nor on which worker, or lane, computes the tile). Memory: one tile
     * (TILE_ROWS × N) per worker, reused across its tiles.
     */
    public static Matrix multiply(Matrix z, Matrix v) {
        int n = z.rows();
        Checks.sameSize("block rows", n, v.rows());
        int width = v.cols();
        double[] norms = Grams.norms(z);
        Matrix out = Matrix.zeros(n, width);
        Backend backend = Backends.current();
        int tiles = Parallel.chunkCount(n, TILE_ROWS);
        int lanes = Math.min(Parallel.threads(), tiles);
        Parallel.forEachChunk(lanes, lane -> {
            double[] buf = new double[Math.min(TILE_ROWS, n) * n];
            for (int t = lane; t < tiles; t += lanes) {
                int from = t * TILE_ROWS;
                int rows = Math.min(TILE_ROWS, n - from);
                tile(backend, z, norms, from, rows, buf, 0);
                backend.gemm(Transpose.NO, Transpose.NO, rows, width, n, 1.0, buf, 0, n,
                        v.data(), 0, width, 0.0, out.data(), from * width, width);
            }
        });
        return out;
    }

    /** tr K^∞ = Σ_j ‖z_j‖²/2 (the diagonal in closed form, summed in row order). */
    public static double trace(Matrix z) {
        double s = 0;
        for (double square : Grams.squaredNorms(z)) {
            s += 0.5 * square;
        }
        return s;
    }

    /**
     * λ_max(K^∞). For N ≤ {@link #DENSE_LIMIT}, power iteration on the dense K^∞ from the
     * all-ones vector (K^∞ is dominated by a positive leading eigenvector when a time coordinate
     * c(t) &gt; 0 is present). Above it, Lanczos on the matrix-free product from the same start
     * until the leading Ritz residual is at most {@link #LANCZOS_TOLERANCE} θ_1: θ_1 ≤ λ_max
     * (interlacing) and some eigenvalue lies within that residual of θ_1, which is λ_max when the
     * start is not orthogonal to its eigenvector (the all-ones start is not, for the positive
     * leading eigenvector above). One product costs N² kernel entries, and where μ_2/μ_1 is close to 1 power
     * iteration needs hundreds of them (measured: 500 products, 1,900 s at N = 16,000, d = 4),
     * Lanczos a few dozen (it converges at the rate of the square root of the gap).
     */
    public static double lambdaMax(Matrix z) {
        return z.rows() > DENSE_LIMIT ? lambdaMaxMatrixFree(z) : lambdaMaxDense(z);
    }

    /** The matrix-free path of {@link #lambdaMax}: Lanczos from the all-ones vector. */
    static double lambdaMaxMatrixFree(Matrix z) {
        int n = z.rows();
        BlockLanczos.Options options = new BlockLanczos.Options(1,
                Math.min(n, LANCZOS_MAX_DIMENSION), LANCZOS_TOLERANCE);
        RitzValues ritz = new BlockLanczos(options).leading(v -> multiply(z, v),
                Matrix.wrap(n, 1, ones(n)), r -> r.count() > 0);
        if (ritz.count() == 0) {
            throw new IllegalStateException("Lanczos did not resolve lambda_max of the " + n
                    + " x " + n + " kernel in " + ritz.products() + " products");
        }
        return ritz.values()[0];
    }

    /** The dense path of {@link #lambdaMax}: power iteration from the all-ones vector. */
    static double lambdaMaxDense(Matrix z) {
        int n = z.rows();
        Matrix dense = gram(z);
        double[] v = ones(n);
        double lambda = 0;
        for (int it = 0; it < POWER_MAX_ITERATIONS; it++) {
            double[] kv = times(dense, v);
            double rayleigh = 0;
            double norm = 0;
            for (int i = 0; i < n; i++) {
                rayleigh += v[i] * kv[i];
                norm += kv[i] * kv[i];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return 0.0;
            }
            for (int i = 0; i < n; i++) {
                v[i] = kv[i] / norm;
            }
            if (Math.abs(rayleigh - lambda) <= POWER_TOLERANCE * Math.abs(rayleigh)) {
                return rayleigh;
            }
            lambda = rayleigh;
        }
        return lambda;
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0 / Math.sqrt(n));
        return v;
    }

    private static double[] times(Matrix k, double[] v) {
        int n = k.rows();
        double[] out = new double[n];
        double[] a = k.data();
        Parallel.forEachChunk(Parallel.chunkCount(n, TILE_ROWS), t -> {
            int end = Math.min(n, (t + 1) * TILE_ROWS);
            for (int i = t * TILE_ROWS; i < end; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i * n + j] * v[j];
                }
                out[i] = s;
            }
        });
        return out;
    }

    private static void tile(Backend backend, Matrix z, double[] norms, int from, int rows,
                             double[] out, int outOffset) {
        int n = z.rows();
        int dim = z.cols();
        backend.gemm(Transpose.NO, Transpose.YES, rows, n, dim, 1.0, z.data(), from * dim, dim,
                z.data(), 0, dim, 0.0, out, outOffset, n);
        for (int i = 0; i < rows; i++) {
            double ni = norms[from + i];
            int row = outOffset + i * n;
            double self = out[row + from + i];
            for (int j = 0; j < n; j++) {
                out[row + j] = kappa(out[row + j], ni, norms[j]);
            }
            // θ(z, z) = 0 exactly; through the rounded cosine arccos would give up to ~2e-8.
            out[row + from + i] = 0.5 * self;
        }
    }
}
