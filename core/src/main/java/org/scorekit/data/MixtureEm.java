package org.scorekit.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.linalg.Transpose;
import org.scorekit.random.Rng;

/**
 * A K-component Gaussian mixture with full covariances fitted to rows by expectation
 * maximisation (Dempster, Laird and Rubin 1977; spec/score-estimation.md §15, the mixture
 * base). Start: K rows seeded by k-means++ with {@code rng} as the means, the rows' covariance
 * (plus the ridge) for every component, equal weights. Each step computes the responsibilities r_ik ∝ π_k N(x_i; μ_k,
 * Σ_k) (log-sum-exp over k) and sets π_k = N_k / n, μ_k = Σ_i r_ik x_i / N_k and Σ_k = Σ_i r_ik
 * (x_i − μ_k)(x_i − μ_k)^T / N_k + ρ I. The ridge ρ = {@value #RIDGE} × the rows' average variance
 * keeps every Σ_k positive definite where the rows are exactly degenerate (the one-hot block
 * of a categorical column sums to a constant). It stops when the mean log-likelihood per row
 * improves by less than {@value #TOLERANCE} or after {@code maxSteps} steps. The
 * densities go through the eigendecomposition Σ_k = Q diag(s) Q^T: the Mahalanobis terms are
 * the squared row norms of (x − μ_k) Q diag(s^−½), one GEMM per component. Components run in
 * parallel and each sums its rows in a fixed order, so the fit is the same on any thread count.
 */
public final class MixtureEm {
    /** The ridge relative to the rows' average variance. */
    public static final double RIDGE = 1e-3;
    /** The stopping tolerance on the mean log-likelihood per row. */
    public static final double TOLERANCE = 1e-5;
    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final Matrix x;
    private final int n;
    private final int d;
    private final int k;
    private final double ridge;
    private final double[] weights;
    private final double[][] means;
    private final double[][][] covariances;
    private int steps;
    private double logLikelihood = Double.NEGATIVE_INFINITY;

    private MixtureEm(Matrix x, int components, Rng rng) {
        this.x = x;
        this.n = x.rows();
        this.d = x.cols();
        this.k = components;
        GaussianMixture moments = GaussianMixture.momentMatched(x);
        double[][] cov = moments.covariance().toArray();
        double trace = 0;
        for (int j = 0; j < d; j++) {
            trace += cov[j][j];
        }
        this.ridge = RIDGE * Math.max(trace / d, Double.MIN_NORMAL);
        for (int j = 0; j < d; j++) {
            cov[j][j] += ridge;
        }
        this.weights = new double[k];
        this.means = new double[k][];
        this.covariances = new double[k][][];
        int[] rows = seedRows(rng);
        for (int c = 0; c < k; c++) {
            weights[c] = 1.0 / k;
            means[c] = x.row(rows[c]);
            covariances[c] = deepCopy(cov);
        }
    }

    /**
     * The fitted mixture.
     *
     * @param x          the rows (n × d), n ≥ max(2, components)
     * @param components K ≥ 1
     * @param maxSteps   the most EM steps
     * @param rng        draws the starting means
     */
    public static Fit fit(Matrix x, int components, int maxSteps, Rng rng) {
        Checks.require(x != null && rng != null, "x and rng must be given");
        Checks.positive("components", components);
        Checks.positive("maxSteps", maxSteps);
        Checks.require(x.rows() >= Math.max(2, components), "a mixture of " + components
                + " components needs at least " + Math.max(2, components) + " rows: " + x.rows());
        Checks.allFinite("x", x.data());
        MixtureEm em = new MixtureEm(x, components, rng);
        em.run(maxSteps);
        int kept = (int) Arrays.stream(em.weights).filter(w -> w > 0).count();
        double[] w = new double[kept];
        double[][] mu = new double[kept][];
        double[][][] sigma = new double[kept][][];
        for (int c = 0, j = 0; c < em.k; c++) {
            if (em.weights[c] > 0) {
                w[j] = em.weights[c];
                mu[j] = em.means[c];
                sigma[j++] = em.covariances[c];
            }
        }
        double total = Arrays.stream(w).sum();
        for (int j = 0; j < kept; j++) {
            w[j] /= total;
        }
        return new Fit(GaussianMixture.of(w, mu, sigma), em.logLikelihood, em.steps);
    }

    /**
     * A fitted mixture with its mean log-likelihood per row under the returned parameters and
     * the number of M steps taken.
     */
    public record Fit(GaussianMixture mixture, double logLikelihood, int steps) {
    }

    /**
     * The component count chosen on held-out rows: K = 1, 2, 4, … while K ≤ {@code maxComponents},
     * each fitted to {@code x} (its own fork of {@code rng}), and the first K whose held-out mean
     * log-likelihood is not above the previous one's ends the ladder; the best fit so far is
     * returned. More components always fit the training rows better; the held-out rows say when
     * they stop generalising.
     *
     * @return the chosen fit and the held-out log-likelihood of every K tried, in order
     */
    public static Selection select(Matrix x, Matrix heldOut, int maxComponents, int maxSteps,
                                   Rng rng) {
        Checks.positive("maxComponents", maxComponents);
        Checks.require(heldOut != null && heldOut.rows() > 0 && heldOut.cols() == x.cols(),
                "the held-out rows must be given, with the columns of x");
        Fit best = null;
        double bestHeldOut = Double.NEGATIVE_INFINITY;
        List<double[]> ladder = new ArrayList<>();
        for (int k = 1; k <= maxComponents; k *= 2) {
            Fit fit = fit(x, k, maxSteps, rng.fork("components-" + k));
            double score = meanLogLikelihood(fit.mixture(), heldOut);
            ladder.add(new double[] {k, score});
            if (!(score > bestHeldOut)) {
                break;
            }
            best = fit;
            bestHeldOut = score;
        }
        return new Selection(best, ladder);
    }

    /**
     * A fit chosen on held-out rows.
     *
     * @param fit    the chosen fit
     * @param ladder (K, held-out mean log-likelihood) for every K tried
     */
    public record Selection(Fit fit, List<double[]> ladder) {
    }

    /** The mean log-likelihood per row of {@code y} under {@code mixture}. */
    public static double meanLogLikelihood(GaussianMixture mixture, Matrix y) {
        double[][] log = logDensities(y, mixture.weights(), mixture.means(),
                mixture.covariances());
        double sum = 0;
        for (int i = 0; i < y.rows(); i++) {
            sum += logSumExp(log, i);
        }
        return sum / y.rows();
    }

    private void run(int maxSteps) {
        while (true) {
            double[][] log = logDensities(x, weights, means, covariances);
            double total = 0;
            double[][] r = new double[k][n];
            for (int i = 0; i < n; i++) {
                double logP = logSumExp(log, i);
                total += logP;
                for (int c = 0; c < k; c++) {
                    r[c][i] = Math.exp(log[c][i] - logP);
                }
            }
            double mean = total / n;
            boolean converged = mean - logLikelihood < TOLERANCE;
            logLikelihood = mean;
            if (converged || steps == maxSteps) {
                return;
            }
            maximise(r);
            steps++;
        }
    }

    /** The M step: every component from its responsibilities, in parallel over components. */
    private void maximise(double[][] r) {
        Parallel.forEachChunk(k, c -> {
            double[] rc = r[c];
            double nk = 0;
            for (double v : rc) {
                nk += v;
            }
            if (nk < 1e-10 * n) {
                weights[c] = 0; // An emptied component: left out of the fitted mixture.
                return;
            }
            double[] mu = new double[d];
            double[] data = x.data();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    mu[j] += rc[i] * data[i * d + j];
                }
            }
            for (int j = 0; j < d; j++) {
                mu[j] /= nk;
            }
            double[] y = new double[n * d];
            for (int i = 0; i < n; i++) {
                double s = Math.sqrt(rc[i]);
                for (int j = 0; j < d; j++) {
                    y[i * d + j] = s * (data[i * d + j] - mu[j]);
                }
            }
            double[] cov = new double[d * d];
            Backends.current().gemm(Transpose.YES, Transpose.NO, d, d, n, 1.0 / nk, y, 0, d, y,
                    0, d, 0.0, cov, 0, d);
            double[][] sigma = new double[d][d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    double v = 0.5 * (cov[a * d + b] + cov[b * d + a]);
                    sigma[a][b] = v;
                    sigma[b][a] = v;
                }
                sigma[a][a] += ridge;
            }
            weights[c] = nk / n;
            means[c] = mu;
            covariances[c] = sigma;
        });
    }

    /** log π_c + log N(y_i; μ_c, Σ_c) for every component c and row i (K × n). */
    private static double[][] logDensities(Matrix y, double[] weights, double[][] means,
                                           double[][][] covariances) {
        int k = weights.length;
        int n = y.rows();
        int d = y.cols();
        double[][] out = new double[k][];
        Parallel.forEachChunk(k, c -> {
            Backend backend = Backends.current();
            SymmetricEigen eigen = backend.eigh(Matrix.of(covariances[c]));
            double[] s = eigen.values();
            double logDet = 0;
            double[] scaled = new double[d * d];
            double[] q = eigen.vectors().data();
            for (int j = 0; j < d; j++) {
                Checks.require(s[j] > 0, "a mixture covariance must be positive definite");
                logDet += Math.log(s[j]);
                double f = 1 / Math.sqrt(s[j]);
                for (int a = 0; a < d; a++) {
                    scaled[a * d + j] = q[a * d + j] * f;
                }
            }
            double[] centred = new double[n * d];
            double[] data = y.data();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    centred[i * d + j] = data[i * d + j] - means[c][j];
                }
            }
            double[] w = new double[n * d];
            backend.gemm(Transpose.NO, Transpose.NO, n, d, d, 1.0, centred, 0, d, scaled, 0, d,
                    0.0, w, 0, d);
            // An emptied component (weight 0) has log density −∞ and no responsibility.
            double constant = Math.log(weights[c]) - 0.5 * (logDet + d * LOG_TWO_PI);
            double[] row = new double[n];
            for (int i = 0; i < n; i++) {
                double m = 0;
                for (int j = 0; j < d; j++) {
                    m += w[i * d + j] * w[i * d + j];
                }
                row[i] = constant - 0.5 * m;
            }
            out[c] = row;
        });
        return out;
    }

    private static double logSumExp(double[][] log, int i) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : log) {
            max = Math.max(max, row[i]);
        }
        double sum = 0;
        for (double[] row : log) {
            sum += Math.exp(row[i] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * k-means++ seeding (Arthur and Vassilvitskii 2007): the first row uniformly, each next one
     * with probability proportional to its squared distance to the nearest row already chosen,
     * so the starting means spread over the modes (rows equal to a chosen one are never chosen).
     */
    private int[] seedRows(Rng rng) {
        double[] data = x.data();
        int[] out = new int[k];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        out[0] = rng.nextInt(n);
        for (int c = 1; c < k; c++) {
            double total = 0;
            int last = out[c - 1];
            for (int i = 0; i < n; i++) {
                double dist = 0;
                for (int j = 0; j < d; j++) {
                    double e = data[i * d + j] - data[last * d + j];
                    dist += e * e;
                }
                nearest[i] = Math.min(nearest[i], dist);
                total += nearest[i];
            }
            double u = rng.nextDouble() * total;
            int pick = -1;
            for (int i = 0; i < n && pick < 0; i++) {
                u -= nearest[i];
                if (u < 0 && nearest[i] > 0) {
                    pick = i;
                }
            }
            // Rounding, or fewer distinct rows than components: the farthest row.
            out[c] = pick >= 0 ? pick : argMax(nearest);
        }
        return out;
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
