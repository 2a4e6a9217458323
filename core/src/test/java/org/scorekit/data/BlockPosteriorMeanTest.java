package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Cholesky;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * The blocked posterior mean (d ≥ {@link GaussianMixture#BLOCK_DIMENSION}) against the textbook
 * formula f* = Σ_k w_k (μ_k + α Σ_k C_k⁻¹ (x − α μ_k)), w_k ∝ π_k N(x; α μ_k, C_k), C_k = α² Σ_k
 * + h I, computed here with dense Cholesky factors: a full, a diagonal and a point-mass component,
 * rows sharing one t (a sampler step) and rows with their own t.
 */
class BlockPosteriorMeanTest {
    private static final int D = 40;
    private final VpProcess process = new VpProcess(new LinearBetaSchedule(0.1, 20.0));

    @Test
    void agreesWithTheDenseFormulaForSharedAndDistinctTimes() {
        Rng rng = Rng.of(11);
        Matrix a = rng.gaussian(D, D);
        double[][] full = new double[D][D];
        double[][] diagonal = new double[D][D];
        double[][] point = new double[D][D];
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                for (int l = 0; l < D; l++) {
                    full[i][j] += a.get(i, l) * a.get(j, l) / D;
                }
            }
            diagonal[i][i] = 0.5 + 0.01 * i;
        }
        double[][] means = {rng.gaussian(1, D).data(), rng.gaussian(1, D).data(),
            rng.gaussian(1, D).data()};
        GaussianMixture m = GaussianMixture.of(new double[] {0.5, 0.3, 0.2}, means,
                new double[][][] {full, diagonal, point});
        int n = 300;
        Matrix x = rng.gaussian(n, D);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i < 200 ? 0.3 : 0.01 + 0.99 * rng.nextDouble();
        }
        Matrix f = m.posteriorMean(x, t, process);
        for (int i = 0; i < n; i++) {
            double[] expected = dense(m, x.row(i), t[i]);
            for (int j = 0; j < D; j++) {
                assertEquals(expected[j], f.get(i, j), 1e-10 * (1 + Math.abs(expected[j])),
                        "row " + i + " coordinate " + j);
            }
        }
    }

    private double[] dense(GaussianMixture m, double[] x, double t) {
        double alpha = process.alpha(t);
        double h = process.h(t);
        int k = m.componentCount();
        double[] logW = new double[k];
        double[][] mean = new double[k][D];
        for (int c = 0; c < k; c++) {
            double[][] sigma = m.covariances()[c];
            double[][] cov = new double[D][D];
            for (int i = 0; i < D; i++) {
                for (int j = 0; j < D; j++) {
                    cov[i][j] = alpha * alpha * sigma[i][j] + (i == j ? h : 0);
                }
            }
            Cholesky chol = Cholesky.decompose(Matrix.of(cov)).orElseThrow();
            double[] r = new double[D];
            for (int j = 0; j < D; j++) {
                r[j] = x[j] - alpha * m.means()[c][j];
            }
            double[] z = chol.solve(r);
            double quadratic = 0;
            for (int j = 0; j < D; j++) {
                quadratic += r[j] * z[j];
            }
            logW[c] = Math.log(m.weights()[c]) - 0.5 * chol.logDeterminant() - 0.5 * quadratic;
            for (int i = 0; i < D; i++) {
                double s = 0;
                for (int j = 0; j < D; j++) {
                    s += sigma[i][j] * z[j];
                }
                mean[c][i] = m.means()[c][i] + alpha * s;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logW) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            logW[c] = Math.exp(logW[c] - max);
            sum += logW[c];
        }
        double[] out = new double[D];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < D; i++) {
                out[i] += logW[c] / sum * mean[c][i];
            }
        }
        return out;
    }
}
