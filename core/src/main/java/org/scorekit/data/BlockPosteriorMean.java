package org.scorekit.data;

import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Transpose;

/**
 * The posterior mean f*(x, t) = Σ_k w_k μ̃_k (spec/score-estimation.md §10) of a block of rows
 * that share one time t, as {@link MixturePosterior} computes it row by row but with the two
 * rotations of every component done as GEMMs over the block: Y_k = (X − α μ_k) Q_k gives the
 * residuals in the eigenbasis, and f = Σ_k w_k μ_k + α Σ_k (w_k ∘ Y_k diag(s_k / c_k)) Q_k^T.
 * A sampler step evaluates every row at the same t, so at d = 93 this replaces 2K matrix-vector
 * products per row by 2K matrix products per block. Holds scratch space: one per thread.
 */
final class BlockPosteriorMean {
    private final MixtureComponent[] components;
    private final int dimension;
    private final int capacity;
    private final double[][] rotated;
    private final double[] residual;
    private final double[] gain;
    private final double[][] logWeights;

    BlockPosteriorMean(MixtureComponent[] components, int capacity) {
        this.components = components;
        this.dimension = components[0].mean().length;
        this.capacity = capacity;
        int k = components.length;
        this.rotated = new double[k][capacity * dimension];
        this.residual = new double[capacity * dimension];
        this.gain = new double[capacity * dimension];
        this.logWeights = new double[k][capacity];
    }

    /** The most rows one call takes. */
    int capacity() {
        return capacity;
    }

    /**
     * Writes f*(x_i, t) for the {@code rows} rows of {@code x} from row {@code from} into the same
     * rows of {@code out}; α and h are the process's at t.
     */
    void into(double[] x, int from, int rows, double alpha, double h, double[] out) {
        int d = dimension;
        int k = components.length;
        Backend backend = Backends.current();
        double[][] diagonal = new double[k][d];
        double[] logNormaliser = new double[k];
        for (int c = 0; c < k; c++) {
            double[] s = components[c].variances();
            double logDet = 0;
            for (int j = 0; j < d; j++) {
                diagonal[c][j] = alpha * alpha * s[j] + h;
                logDet += Math.log(diagonal[c][j]);
            }
            logNormaliser[c] = components[c].logWeight() - 0.5 * logDet;
            double[] mu = components[c].mean();
            for (int i = 0; i < rows; i++) {
                int row = (from + i) * d;
                for (int j = 0; j < d; j++) {
                    residual[i * d + j] = x[row + j] - alpha * mu[j];
                }
            }
            double[] q = components[c].basis();
            double[] y = rotated[c];
            if (q == null) {
                System.arraycopy(residual, 0, y, 0, rows * d);
            } else {
                backend.gemm(Transpose.NO, Transpose.NO, rows, d, d, 1.0, residual, 0, d, q, 0,
                        d, 0.0, y, 0, d);
            }
            double[] cd = diagonal[c];
            for (int i = 0; i < rows; i++) {
                double quadratic = 0;
                for (int j = 0; j < d; j++) {
                    double v = y[i * d + j];
                    quadratic += v * v / cd[j];
                }
                logWeights[c][i] = logNormaliser[c] - 0.5 * quadratic;
            }
        }
        // Log-sum-exp per row: the largest term is exp(0) = 1.
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, logWeights[c][i]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                logWeights[c][i] = Math.exp(logWeights[c][i] - max);
                sum += logWeights[c][i];
            }
            for (int c = 0; c < k; c++) {
                logWeights[c][i] /= sum;
            }
            int row = (from + i) * d;
            for (int j = 0; j < d; j++) {
                out[row + j] = 0.0;
            }
        }
        for (int c = 0; c < k; c++) {
            double[] w = logWeights[c];
            double[] mu = components[c].mean();
            double[] s = components[c].variances();
            double[] cd = diagonal[c];
            double[] y = rotated[c];
            for (int i = 0; i < rows; i++) {
                int row = (from + i) * d;
                for (int j = 0; j < d; j++) {
                    out[row + j] += w[i] * mu[j];
                    gain[i * d + j] = w[i] * y[i * d + j] * s[j] / cd[j];
                }
            }
            double[] q = components[c].basis();
            if (q == null) {
                for (int i = 0; i < rows * d; i++) {
                    out[from * d + i] += alpha * gain[i];
                }
            } else {
                backend.gemm(Transpose.NO, Transpose.YES, rows, d, d, alpha, gain, 0, d, q, 0, d,
                        1.0, out, from * d, d);
            }
        }
    }
}
