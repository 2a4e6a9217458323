package org.scorekit.data;

import java.util.Arrays;
import org.scorekit.diffusion.ForwardProcess;

/**
 * The posterior of a {@link GaussianMixture} at one point (x, t), spec/score-estimation.md §10.
 * {@link #at} computes, per component k and in the eigenbasis of Σ_k, the residual
 * y_k = Q_k^T (x − α μ_k), the log-likelihood ℓ_k and, by log-sum-exp, the posterior component
 * probabilities w_k; the other methods read the score, the denoiser, the posterior-covariance
 * trace and log p_t(x) from them. The per-time quantities (α, h, C_k's diagonal c_k = α² s_k + h
 * and log det C_k) are kept while consecutive rows share t. Holds scratch space: one instance
 * per thread.
 */
final class MixturePosterior {
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private final MixtureComponent[] components;
    private final int dimension;
    private final double[] residual;
    private final double[][] rotated;
    private final double[][] diagonal;
    private final double[] logNormaliser;
    private final double[] weights;
    private final double[][] componentMeans;
    private final double[] scratch;
    private final double[] gain;
    private double time = Double.NaN;
    private double alpha;
    private double h;
    private double logSum;

    MixturePosterior(MixtureComponent[] components) {
        this.components = components;
        this.dimension = components[0].mean().length;
        int k = components.length;
        this.residual = new double[dimension];
        this.rotated = new double[k][dimension];
        this.diagonal = new double[k][dimension];
        this.logNormaliser = new double[k];
        this.weights = new double[k];
        this.componentMeans = new double[k][dimension];
        this.scratch = new double[dimension];
        this.gain = new double[dimension];
    }

    /** Evaluates the posterior at the row of {@code x} starting at {@code offset}, at time t. */
    void at(double[] x, int offset, double t, ForwardProcess process) {
        if (t != time) {
            prepareTime(t, process);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < components.length; k++) {
            double[] mu = components[k].mean();
            for (int j = 0; j < dimension; j++) {
                residual[j] = x[offset + j] - alpha * mu[j];
            }
            double[] y = rotated[k];
            components[k].toBasis(residual, y);
            double[] c = diagonal[k];
            double quadratic = 0;
            for (int j = 0; j < dimension; j++) {
                quadratic += y[j] * y[j] / c[j];
            }
            weights[k] = logNormaliser[k] - 0.5 * quadratic;
            max = Math.max(max, weights[k]);
        }
        // Log-sum-exp: the largest term is exp(0) = 1, so the sum neither overflows nor vanishes.
        double sum = 0;
        for (int k = 0; k < components.length; k++) {
            weights[k] = Math.exp(weights[k] - max);
            sum += weights[k];
        }
        for (int k = 0; k < components.length; k++) {
            weights[k] /= sum;
        }
        logSum = max + Math.log(sum);
    }

    private void prepareTime(double t, ForwardProcess process) {
        time = t;
        alpha = process.alpha(t);
        h = process.h(t);
        double a2 = alpha * alpha;
        for (int k = 0; k < components.length; k++) {
            double[] s = components[k].variances();
            double[] c = diagonal[k];
            double logDet = 0;
            for (int j = 0; j < dimension; j++) {
                c[j] = a2 * s[j] + h;
                logDet += Math.log(c[j]);
            }
            logNormaliser[k] = components[k].logWeight() - 0.5 * logDet;
        }
    }

    /** log p_t(x) = log Σ_k π_k N(x; α μ_k, C_k). */
    double logDensity() {
        return logSum - dimension * HALF_LOG_TWO_PI;
    }

    /** Writes ∇ log p_t(x) = −Σ_k w_k C_k^{-1} (x − α μ_k) into {@code out} at {@code offset}. */
    void scoreInto(double[] out, int offset) {
        for (int j = 0; j < dimension; j++) {
            out[offset + j] = 0.0;
        }
        for (int k = 0; k < components.length; k++) {
            if (weights[k] == 0.0) {
                continue;
            }
            double[] y = rotated[k];
            double[] c = diagonal[k];
            for (int j = 0; j < dimension; j++) {
                scratch[j] = y[j] / c[j];
            }
            components[k].addFromBasis(scratch, -weights[k], out, offset);
        }
    }

    /** Writes f*(x, t) = Σ_k w_k μ̃_k into {@code out} at {@code offset}. */
    void posteriorMeanInto(double[] out, int offset) {
        computeComponentMeans();
        for (int j = 0; j < dimension; j++) {
            double f = 0;
            for (int k = 0; k < components.length; k++) {
                f += weights[k] * componentMeans[k][j];
            }
            out[offset + j] = f;
        }
    }

    /**
     * tr Cov(X_0 | X_t = x) = Σ_k w_k [tr(Σ_k − α² Σ_k C_k^{-1} Σ_k) + ‖μ̃_k − f*‖²], with the
     * within-component part written as Σ_j s_j h / c_j and the between part centred at f*,
     * so that no term cancels (the spec's form Σ w_k ‖μ̃_k‖² − ‖f*‖² loses digits far from 0).
     */
    double posteriorCovarianceTrace() {
        posteriorMeanInto(scratch, 0);
        double trace = 0;
        for (int k = 0; k < components.length; k++) {
            if (weights[k] == 0.0) {
                continue;
            }
            double[] s = components[k].variances();
            double[] c = diagonal[k];
            double[] m = componentMeans[k];
            double part = 0;
            for (int j = 0; j < dimension; j++) {
                double e = m[j] - scratch[j];
                part += s[j] * h / c[j] + e * e;
            }
            trace += weights[k] * part;
        }
        return trace;
    }

    /** μ̃_k = μ_k + α Q_k diag(s_k / c_k) y_k = μ_k + α Σ_k C_k^{-1} (x − α μ_k), for w_k > 0. */
    private void computeComponentMeans() {
        for (int k = 0; k < components.length; k++) {
            double[] m = componentMeans[k];
            if (weights[k] == 0.0) {
                Arrays.fill(m, 0.0);
                continue;
            }
            System.arraycopy(components[k].mean(), 0, m, 0, dimension);
            double[] y = rotated[k];
            double[] c = diagonal[k];
            double[] s = components[k].variances();
            for (int j = 0; j < dimension; j++) {
                gain[j] = s[j] * y[j] / c[j];
            }
            components[k].addFromBasis(gain, alpha, m, 0);
        }
    }
}
