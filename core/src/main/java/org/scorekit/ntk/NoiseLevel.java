package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;

/**
 * A data-driven estimate of the per-coordinate label-noise level σ (spec §3: ε = X_0 − f*),
 * from the residuals of kernel ridge regression with K^∞, with a degrees-of-freedom
 * correction (Wahba 1990, "Spline Models for Observational Data", §4.7; Carter and Eagleson
 * 1992). With the smoother S_λ = K(K + λI)^{−1} and one eigendecomposition K = V diag(μ) V^T,
 * C = V^T Y (N × d):
 *
 * <pre>
 * r_i(λ) = λ/(μ_i + λ),   RSS(λ) = Σ_i r_i² ‖C_i·‖²,   tr(I − S_λ) = Σ_i r_i
 * λ̂ = argmin GCV(λ) = argmin N RSS(λ) / tr(I − S_λ)²     (log grid over [10⁻¹⁰, 10²]·μ_max)
 * σ̂² = RSS(λ̂) / (d · tr(I − S_λ̂))
 * </pre>
 *
 * For heteroscedastic noise (the DSM labels: small at small t, about Var(X_0) at large t)
 * σ̂² estimates the input-averaged conditional variance (1/(Nd)) Σ_j tr Cov(y_j | z_j). The
 * estimator is biased upward by the squared smoothing bias divided by tr(I − S) and
 * downward by the factor tr((I − S)²)/tr(I − S) ≤ 1 on the noise; at the GCV optimum both
 * are small when f* is well inside the RKHS.
 *
 * @param sigma            σ̂
 * @param ridge            λ̂ (absolute, in the units of K^∞)
 * @param degreesOfFreedom tr S_λ̂, the effective number of fitted parameters per coordinate
 */
public record NoiseLevel(double sigma, double ridge, double degreesOfFreedom) {
    private static final int GRID = 241;
    private static final double LOG_RIDGE_MIN = -10;
    private static final double LOG_RIDGE_MAX = 2;

    public NoiseLevel {
        Checks.nonNegative("sigma", sigma);
        Checks.positive("ridge", ridge);
        Checks.nonNegative("degreesOfFreedom", degreesOfFreedom);
    }

    /** The estimate from the spectrum of K^∞ and labels y (N × d); μ &lt; 0 counts as 0. */
    public static NoiseLevel estimate(KernelSpectrum spectrum, Matrix y) {
        SymmetricEigen eigen = spectrum.eigen();
        int n = eigen.values().length;
        Checks.sameSize("label rows", n, y.rows());
        Checks.require(n >= 2, "noise estimation needs at least 2 samples: " + n);
        double[] energy = coefficientEnergy(eigen.vectors(), y);
        double[] mu = eigen.values();
        double top = Math.max(eigen.max(), Double.MIN_NORMAL);
        double bestGcv = Double.POSITIVE_INFINITY;
        double bestRidge = Double.NaN;
        double bestRss = Double.NaN;
        double bestTrace = Double.NaN;
        for (int g = 0; g < GRID; g++) {
            double logRidge = LOG_RIDGE_MIN + (LOG_RIDGE_MAX - LOG_RIDGE_MIN) * g / (GRID - 1);
            double lambda = top * Math.pow(10, logRidge);
            double rss = 0;
            double trace = 0;
            for (int i = 0; i < n; i++) {
                double r = lambda / (Math.max(mu[i], 0.0) + lambda);
                rss += r * r * energy[i];
                trace += r;
            }
            double gcv = n * rss / (trace * trace);
            if (gcv < bestGcv) {
                bestGcv = gcv;
                bestRidge = lambda;
                bestRss = rss;
                bestTrace = trace;
            }
        }
        double sigma = Math.sqrt(bestRss / (y.cols() * bestTrace));
        return new NoiseLevel(sigma, bestRidge, n - bestTrace);
    }

    /** ‖(V^T Y)_i·‖² for each eigenvector i (row-major pass over V). */
    private static double[] coefficientEnergy(Matrix vectors, Matrix y) {
        int n = y.rows();
        int d = y.cols();
        double[] v = vectors.data();
        double[] labels = y.data();
        double[] c = new double[n * d];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double vji = v[j * n + i];
                for (int k = 0; k < d; k++) {
                    c[i * d + k] += vji * labels[j * d + k];
                }
            }
        }
        double[] energy = new double[n];
        for (int i = 0; i < n * d; i++) {
            energy[i / d] += c[i] * c[i];
        }
        return energy;
    }
}
