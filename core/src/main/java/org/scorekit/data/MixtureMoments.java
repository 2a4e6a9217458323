package org.scorekit.data;

/** The exact first two moments of a Gaussian mixture Σ_k π_k N(μ_k, Σ_k). */
final class MixtureMoments {
    private MixtureMoments() {
    }

    /** E[X] = Σ_k π_k μ_k. */
    static double[] mean(double[] weights, double[][] means) {
        int d = means[0].length;
        double[] m = new double[d];
        for (int k = 0; k < weights.length; k++) {
            for (int j = 0; j < d; j++) {
                m[j] += weights[k] * means[k][j];
            }
        }
        return m;
    }

    /**
     * Cov[X] = Σ_k π_k (Σ_k + (μ_k − m)(μ_k − m)^T), centred at m = E[X] so that no
     * E[X X^T] − m m^T cancellation occurs.
     */
    static double[][] covariance(double[] weights, double[][] means, double[][][] covariances,
                                 double[] mean) {
        int d = mean.length;
        double[][] c = new double[d][d];
        double[] e = new double[d];
        for (int k = 0; k < weights.length; k++) {
            for (int j = 0; j < d; j++) {
                e[j] = means[k][j] - mean[j];
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    c[i][j] += weights[k] * (covariances[k][i][j] + e[i] * e[j]);
                }
            }
        }
        return c;
    }
}
