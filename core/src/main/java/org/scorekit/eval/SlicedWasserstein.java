package org.scorekit.eval;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.Transpose;
import org.scorekit.random.Rng;

/**
 * The sliced 2-Wasserstein distance
 * <pre>
 *   SW₂ = ( (1/K) Σ_k W₂²(θ_k·X, θ_k·Y) )^{1/2}
 * </pre>
 * over K directions θ_k drawn uniformly on the unit sphere with {@code rng}
 * (Bonneel, Rabin, Peyré, Pfister, J. Math. Imaging Vis. 51, 2015). Each 1-D W₂² is
 * exact between the two empirical laws: ∫_0^1 (F_x^{-1}(u) − F_y^{-1}(u))² du, which matches
 * sorted projections when n = m and merges the quantile steps i/n and j/m otherwise.
 * Units: those of the data. For N(0, I) against N(μ, I), SW₂² → ‖μ‖²/d. Cost O(K (n + m) log).
 */
public final class SlicedWasserstein implements Metric {
    /** The default number of directions K. */
    public static final int DEFAULT_DIRECTIONS = 128;
    private static final int DIRECTIONS_PER_CHUNK = 8;

    private final int directions;

    private SlicedWasserstein(int directions) {
        this.directions = Checks.positive("directions", directions);
    }

    /** {@value #DEFAULT_DIRECTIONS} random directions. */
    public static SlicedWasserstein of() {
        return new SlicedWasserstein(DEFAULT_DIRECTIONS);
    }

    /** K random directions. */
    public static SlicedWasserstein withDirections(int directions) {
        return new SlicedWasserstein(directions);
    }

    /** The number of directions K. */
    public int directions() {
        return directions;
    }

    @Override
    public String name() {
        return "sliced-w2";
    }

    @Override
    public Goal goal() {
        return Goal.MINIMIZE;
    }

    @Override
    public double compute(Matrix samples, Matrix reference, Rng rng) {
        Samples.requireComparable(samples, reference, 1);
        Checks.require(rng != null, "rng must be given");
        Matrix theta = unitDirections(directions, samples.cols(), rng.fork("directions"));
        double[] w2 = new double[directions];
        int chunks = Parallel.chunkCount(directions, DIRECTIONS_PER_CHUNK);
        Parallel.forEachChunk(chunks, c -> {
            int from = c * DIRECTIONS_PER_CHUNK;
            int count = Math.min(DIRECTIONS_PER_CHUNK, directions - from);
            double[] px = project(theta, from, count, samples);
            double[] py = project(theta, from, count, reference);
            int n = samples.rows();
            int m = reference.rows();
            for (int k = 0; k < count; k++) {
                double[] a = Arrays.copyOfRange(px, k * n, (k + 1) * n);
                double[] b = Arrays.copyOfRange(py, k * m, (k + 1) * m);
                Arrays.sort(a);
                Arrays.sort(b);
                w2[from + k] = quantileSquaredDistance(a, b);
            }
        });
        double mean = 0;
        for (double v : w2) {
            mean += v;
        }
        return Math.sqrt(mean / directions);
    }

    /**
     * W₂² between the empirical laws of sorted a (n) and sorted b (m): the quantile functions
     * are steps at i/n and j/m, and each interval between merged steps adds its length times
     * the squared gap. Steps are compared as integers i·m and j·n, so the walk is exact and
     * symmetric in (a, b).
     */
    static double quantileSquaredDistance(double[] a, double[] b) {
        long n = a.length;
        long m = b.length;
        int i = 0;
        int j = 0;
        long previous = 0;
        double sum = 0;
        while (i < n && j < m) {
            long stepA = (i + 1) * m;
            long stepB = (j + 1) * n;
            long next = Math.min(stepA, stepB);
            double gap = a[i] - b[j];
            sum += (next - previous) * (gap * gap);
            previous = next;
            if (stepA == next) {
                i++;
            }
            if (stepB == next) {
                j++;
            }
        }
        return sum / ((double) n * m);
    }

    /** K × d rows drawn from N(0, I) and normalised, so each is uniform on the sphere. */
    private static Matrix unitDirections(int count, int d, Rng rng) {
        Matrix theta = Matrix.zeros(count, d);
        double[] row = new double[d];
        for (int k = 0; k < count; k++) {
            double norm;
            do {
                rng.fillGaussian(row);
                norm = 0;
                for (double v : row) {
                    norm += v * v;
                }
            } while (norm == 0);
            double scale = 1.0 / Math.sqrt(norm);
            for (int c = 0; c < d; c++) {
                theta.set(k, c, row[c] * scale);
            }
        }
        return theta;
    }

    /** Rows [from, from + count) of θ times xᵀ: count × n, row-major. */
    private static double[] project(Matrix theta, int from, int count, Matrix x) {
        int d = x.cols();
        int n = x.rows();
        double[] out = new double[count * n];
        Backends.current().gemm(Transpose.NO, Transpose.YES, count, n, d, 1.0, theta.data(),
                from * d, d, x.data(), 0, d, 0.0, out, 0, n);
        return out;
    }
}
