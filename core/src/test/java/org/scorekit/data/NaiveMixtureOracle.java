package org.scorekit.data;

import org.scorekit.linalg.Cholesky;
import org.scorekit.linalg.Matrix;

/**
 * The formulas of spec/score-estimation.md §10 written out literally for one point, with an
 * explicit Cholesky factorisation of every C_k = α² Σ_k + h I and the full posterior covariance
 * Σ_k w_k [Σ_k − α² Σ_k C_k^{-1} Σ_k + μ̃_k μ̃_k^T] − f* f*^T: the slow reference that the
 * eigenbasis implementation is tested against.
 */
final class NaiveMixtureOracle {
    private NaiveMixtureOracle() {
    }

    record Result(double[] score, double[] posteriorMean, Matrix posteriorCovariance,
                  double logDensity) {
        double trace() {
            double s = 0;
            for (int i = 0; i < posteriorCovariance.rows(); i++) {
                s += posteriorCovariance.get(i, i);
            }
            return s;
        }
    }

    /** One component's terms: ℓ_k, C_k^{-1}(x − αμ_k), μ̃_k and Σ_k − α² Σ_k C_k^{-1} Σ_k. */
    private record Component(double logLikelihood, double[] solved, double[] mean, Matrix cov) {
    }

    static Result at(GaussianMixture mixture, double[] x, double alpha, double h) {
        double[] pi = mixture.weights();
        double[][] mu = mixture.means();
        double[][][] sigma = mixture.covariances();
        int d = x.length;
        Component[] parts = new Component[pi.length];
        double[] logLik = new double[pi.length];
        for (int k = 0; k < pi.length; k++) {
            parts[k] = component(pi[k], mu[k], Matrix.of(sigma[k]), x, alpha, h);
            logLik[k] = parts[k].logLikelihood();
        }
        double[] w = Vectors.normalisedExp(logLik);
        double[] score = new double[d];
        double[] f = new double[d];
        Matrix cov = Matrix.zeros(d, d);
        for (int k = 0; k < pi.length; k++) {
            Component c = parts[k];
            for (int i = 0; i < d; i++) {
                score[i] -= w[k] * c.solved()[i];
                f[i] += w[k] * c.mean()[i];
                for (int j = 0; j < d; j++) {
                    cov.set(i, j, cov.get(i, j)
                            + w[k] * (c.cov().get(i, j) + c.mean()[i] * c.mean()[j]));
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov.set(i, j, cov.get(i, j) - f[i] * f[j]);
            }
        }
        return new Result(score, f, cov, logSumExp(logLik) - 0.5 * d * Math.log(2 * Math.PI));
    }

    private static Component component(double pi, double[] mu, Matrix sigma, double[] x,
                                       double alpha, double h) {
        int d = x.length;
        Matrix c = Matrix.zeros(d, d);
        double[] r = new double[d];
        for (int i = 0; i < d; i++) {
            r[i] = x[i] - alpha * mu[i];
            for (int j = 0; j < d; j++) {
                c.set(i, j, alpha * alpha * sigma.get(i, j) + (i == j ? h : 0.0));
            }
        }
        Cholesky chol = Cholesky.decompose(c).orElseThrow();
        double[] solved = chol.solve(r);
        double logLik = Math.log(pi) - 0.5 * chol.logDeterminant() - 0.5 * Vectors.dot(r, solved);
        Matrix cInverseSigma = chol.solve(sigma);
        double[] mean = new double[d];
        Matrix cov = Matrix.zeros(d, d);
        for (int i = 0; i < d; i++) {
            mean[i] = mu[i];
            for (int j = 0; j < d; j++) {
                mean[i] += alpha * sigma.get(i, j) * solved[j];
                double reduction = 0;
                for (int a = 0; a < d; a++) {
                    reduction += sigma.get(i, a) * cInverseSigma.get(a, j);
                }
                cov.set(i, j, sigma.get(i, j) - alpha * alpha * reduction);
            }
        }
        return new Component(logLik, solved, mean, cov);
    }

    private static double logSumExp(double[] l) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : l) {
            max = Math.max(max, v);
        }
        double s = 0;
        for (double v : l) {
            s += Math.exp(v - max);
        }
        return max + Math.log(s);
    }
}
