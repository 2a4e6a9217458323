package org.scorekit.data;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.random.Rng;

/**
 * A Gaussian mixture p_0 = Σ_k π_k N(μ_k, Σ_k) on R^d with Σ_k symmetric positive semidefinite
 * (Σ_k = 0 is a point mass), together with the exact oracles of its VP diffusion
 * (spec/score-estimation.md §10): with m_k = α(t) μ_k and C_k(t) = α(t)² Σ_k + h(t) I, X_t given
 * component k is N(m_k, C_k), so the score ∇ log p_t, the denoiser f*(x, t) = E[X_0 | X_t = x],
 * tr Cov(X_0 | X_t = x) and log p_t are closed forms.
 *
 * <p>Each Σ_k is diagonalised once, Σ_k = Q_k diag(s_k) Q_k^T; then C_k(t) = Q_k diag(α² s_k + h)
 * Q_k^T, so a new t costs O(K d) and a row O(K d²), with no factorisation per row. Posterior
 * component probabilities use log-sum-exp. C_k(t) must be positive definite, which holds for
 * every t with h(t) &gt; 0; at h(t) = 0 (t = 0) it needs every Σ_k positive definite.
 *
 * <p>Rows are evaluated in fixed chunks (see {@link Parallel}); each row is independent, so the
 * results do not depend on the thread count. Instances are immutable.
 */
public final class GaussianMixture implements Distribution {
    private static final int ROWS_PER_CHUNK = 256;
    /**
     * From this dimension on, {@link #posteriorMean} evaluates rows that share t as GEMM blocks
     * ({@link BlockPosteriorMean}); below it the per-row loops are as fast.
     */
    static final int BLOCK_DIMENSION = 32;

    private final double[] weights;
    private final double[][] means;
    private final double[][][] covariances;
    private final MixtureComponent[] components;
    private final double[] cumulativeWeights;
    private final double smallestVariance;
    private final double[] mean;
    private final double[][] covariance;
    private final ThreadLocal<BlockPosteriorMean> blocks;

    private GaussianMixture(double[] weights, double[][] means, double[][][] covariances) {
        int count = weights.length;
        this.weights = weights;
        this.means = means;
        this.covariances = covariances;
        this.components = new MixtureComponent[count];
        this.cumulativeWeights = new double[count];
        double smallest = Double.POSITIVE_INFINITY;
        double cumulative = 0;
        for (int k = 0; k < count; k++) {
            components[k] = MixtureComponent.of(weights[k], means[k], covariances[k]);
            double s = components[k].smallestVariance();
            Checks.require(s >= 0, "covariances[" + k
                    + "] must be positive semidefinite: smallest eigenvalue " + s);
            smallest = Math.min(smallest, s);
            cumulative += weights[k];
            cumulativeWeights[k] = cumulative;
        }
        cumulativeWeights[count - 1] = 1.0;
        this.smallestVariance = smallest;
        this.mean = MixtureMoments.mean(weights, means);
        this.covariance = MixtureMoments.covariance(weights, means, covariances, mean);
        this.blocks = ThreadLocal.withInitial(() -> new BlockPosteriorMean(components,
                ROWS_PER_CHUNK));
    }

    /**
     * The mixture Σ_k weights[k] N(means[k], covariances[k]). Shapes: weights K, means K × d,
     * covariances K × d × d. Weights must be positive and sum to 1 within 1e-9 (they are then
     * renormalised); covariances must be finite, symmetric (within 1e-12 of their largest entry;
     * they are then symmetrised) and positive semidefinite. Arrays are copied.
     *
     * @throws IllegalArgumentException naming the first offending field, e.g.
     *     {@code covariances[1] must be positive semidefinite: smallest eigenvalue -0.5}
     */
    public static GaussianMixture of(double[] weights, double[][] means,
                                     double[][][] covariances) {
        double[] w = MixtureChecks.weights(weights);
        double[][] mu = MixtureChecks.means("means", means, w.length);
        double[][][] sigma = MixtureChecks.covariances(covariances, w.length, mu[0].length);
        return new GaussianMixture(w, mu, sigma);
    }

    /**
     * The isotropic mixture Σ_k weights[k] N(means[k], standardDeviations[k]² I): spec §10's
     * special case Σ_k = s_k² I. A zero standard deviation gives a point mass.
     */
    public static GaussianMixture isotropic(double[] weights, double[][] means,
                                            double[] standardDeviations) {
        double[] w = MixtureChecks.weights(weights);
        double[][] mu = MixtureChecks.means("means", means, w.length);
        double[] sd = MixtureChecks.standardDeviations(standardDeviations, w.length);
        return new GaussianMixture(w, mu, isotropicCovariances(sd, mu[0].length));
    }

    /**
     * The moment-matched Gaussian N(m, S) of samples x (n × d, n ≥ 2): m the sample mean, S the
     * unbiased sample covariance (positive semidefinite; singular where the samples lie in a
     * subspace, a valid degenerate Gaussian for the posterior-mean oracle). Its exact denoiser is
     * the best affine one: the floor any nonlinear estimator must beat.
     */
    public static GaussianMixture momentMatched(Matrix x) {
        int n = x.rows();
        int d = x.cols();
        Checks.require(n >= 2, "moment matching needs at least 2 samples: " + n);
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                mean[k] += x.get(i, k) / n;
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double dj = x.get(i, j) - mean[j];
                for (int k = 0; k <= j; k++) {
                    cov[j][k] += dj * (x.get(i, k) - mean[k]) / (n - 1);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < j; k++) {
                cov[k][j] = cov[j][k];
            }
        }
        return of(new double[] {1.0}, new double[][] {mean}, new double[][][] {cov});
    }

    /** The discrete law Σ_k weights[k] δ(points[k]) (Σ_k = 0); points: K × d. */
    public static GaussianMixture pointMasses(double[] weights, double[][] points) {
        double[] w = MixtureChecks.weights(weights);
        double[][] mu = MixtureChecks.means("points", points, w.length);
        return new GaussianMixture(w, mu, isotropicCovariances(new double[w.length], mu[0].length));
    }

    private static double[][][] isotropicCovariances(double[] standardDeviations, int d) {
        double[][][] out = new double[standardDeviations.length][d][d];
        for (int k = 0; k < out.length; k++) {
            for (int j = 0; j < d; j++) {
                out[k][j][j] = standardDeviations[k] * standardDeviations[k];
            }
        }
        return out;
    }

    @Override
    public int dimension() {
        return means[0].length;
    }

    /** The number of components K. */
    public int componentCount() {
        return weights.length;
    }

    /** π (length K, a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** μ_k as rows (K × d, a copy). */
    public double[][] means() {
        return deepCopy(means);
    }

    /** Σ_k (K × d × d, symmetrised, a copy). */
    public double[][][] covariances() {
        double[][][] out = new double[covariances.length][][];
        for (int k = 0; k < out.length; k++) {
            out[k] = deepCopy(covariances[k]);
        }
        return out;
    }

    /** E[X_0] = Σ_k π_k μ_k (length d, a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** Cov[X_0] = Σ_k π_k (Σ_k + (μ_k − E X_0)(μ_k − E X_0)^T), as a new d × d matrix. */
    public Matrix covariance() {
        return Matrix.of(covariance);
    }

    /**
     * n i.i.d. draws (n × d): a component k ~ π by one uniform, then μ_k + Q_k diag(√s_k) ξ with
     * ξ ~ N(0, I_d) (d normals per row, also for point masses, so the stream layout is fixed).
     */
    @Override
    public Matrix sample(int n, Rng rng) {
        Checks.nonNegative("n", n);
        Checks.require(rng != null, "rng must be given");
        int d = dimension();
        Matrix out = Matrix.zeros(n, d);
        double[] noise = new double[d];
        for (int i = 0; i < n; i++) {
            components[drawComponent(rng)].drawInto(rng, noise, out.data(), i * d);
        }
        return out;
    }

    private int drawComponent(Rng rng) {
        double u = rng.nextDouble();
        int k = Arrays.binarySearch(cumulativeWeights, u);
        // binarySearch returns −(insertion point) − 1 when u is not a stored value.
        k = k >= 0 ? k + 1 : -k - 1;
        return Math.min(k, components.length - 1);
    }

    /**
     * f*(x, t) = E[X_0 | X_t = x] = Σ_k w_k μ̃_k (spec §10). x: n × d, t: length n; n × d. From
     * d = {@value #BLOCK_DIMENSION} on, consecutive rows with the same t within a chunk go through
     * GEMMs ({@link BlockPosteriorMean}); the chunks are fixed, so the result still does not
     * depend on the thread count.
     */
    public Matrix posteriorMean(Matrix x, double[] t, ForwardProcess process) {
        int n = checkQuery(x, t, process);
        Matrix out = Matrix.zeros(n, dimension());
        if (dimension() < BLOCK_DIMENSION) {
            forEachRow(x, t, process, (posterior, i) ->
                    posterior.posteriorMeanInto(out.data(), i * dimension()));
            return out;
        }
        Parallel.forEachChunk(Parallel.chunkCount(n, ROWS_PER_CHUNK), chunk -> {
            BlockPosteriorMean block = blocks.get();
            int end = Math.min(n, (chunk + 1) * ROWS_PER_CHUNK);
            for (int i = chunk * ROWS_PER_CHUNK; i < end; ) {
                int j = i + 1;
                while (j < end && t[j] == t[i]) {
                    j++;
                }
                block.into(x.data(), i, j - i, process.alpha(t[i]), process.h(t[i]), out.data());
                i = j;
            }
        });
        return out;
    }

    /** ∇_x log p_t(x) = −Σ_k w_k C_k^{-1} (x − α μ_k) (spec §10). x: n × d, t: length n; n × d. */
    public Matrix score(Matrix x, double[] t, ForwardProcess process) {
        Matrix out = Matrix.zeros(checkQuery(x, t, process), dimension());
        forEachRow(x, t, process, (posterior, i) ->
                posterior.scoreInto(out.data(), i * dimension()));
        return out;
    }

    /**
     * The pointwise Bayes risk tr Cov(X_0 | X_t = x) (spec §10), whose mean over X_t is the
     * Bayes risk E‖X_0 − f*(X_t, t)‖². x: n × d, t: length n; returns length n.
     */
    public double[] posteriorCovarianceTrace(Matrix x, double[] t, ForwardProcess process) {
        double[] out = new double[checkQuery(x, t, process)];
        forEachRow(x, t, process, (posterior, i) -> out[i] = posterior.posteriorCovarianceTrace());
        return out;
    }

    /** log p_t(x) = log Σ_k π_k N(x; α μ_k, C_k). x: n × d, t: length n; returns length n. */
    public double[] logDensity(Matrix x, double[] t, ForwardProcess process) {
        double[] out = new double[checkQuery(x, t, process)];
        forEachRow(x, t, process, (posterior, i) -> out[i] = posterior.logDensity());
        return out;
    }

    /** Validates a query and returns its number of rows. */
    private int checkQuery(Matrix x, double[] t, ForwardProcess process) {
        Checks.require(x != null, "x must be given");
        Checks.require(t != null, "t must be given");
        Checks.require(process != null, "process must be given");
        x.requireCols("x", dimension());
        Checks.sameSize("number of times", x.rows(), t.length);
        for (int i = 0; i < t.length; i++) {
            Checks.finite("t[" + i + "]", t[i]);
            double alpha = process.alpha(t[i]);
            double h = process.h(t[i]);
            Checks.require(alpha * alpha * smallestVariance + h > 0, "t[" + i
                    + "] must make every C_k(t) = α²Σ_k + h I positive definite"
                    + " (h(t) > 0 when some Σ_k is singular): " + t[i]);
        }
        return x.rows();
    }

    private interface RowTask {
        void accept(MixturePosterior posterior, int row);
    }

    private void forEachRow(Matrix x, double[] t, ForwardProcess process, RowTask task) {
        int n = x.rows();
        int d = dimension();
        double[] xs = x.data();
        Parallel.forEachChunk(Parallel.chunkCount(n, ROWS_PER_CHUNK), chunk -> {
            MixturePosterior posterior = new MixturePosterior(components);
            int end = Math.min(n, (chunk + 1) * ROWS_PER_CHUNK);
            for (int i = chunk * ROWS_PER_CHUNK; i < end; i++) {
                posterior.at(xs, i * d, t[i], process);
                task.accept(posterior, i);
            }
        });
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    @Override
    public String toString() {
        return "GaussianMixture[" + componentCount() + " components in " + dimension()
                + " dimensions]";
    }
}
