package org.scorekit.data;

import java.util.Arrays;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.random.Rng;

/**
 * One validated component N(μ, Σ) of a {@link GaussianMixture}, held in the eigenbasis of its
 * covariance: Σ = Q diag(s) Q^T with s ≥ 0. In that basis C(t) = α²Σ + h I = Q diag(α² s + h) Q^T
 * is diagonal, so every time t costs d logarithms and no factorisation. A diagonal Σ keeps the
 * coordinate axes as its basis (Q = I, {@code basis == null}) and skips both rotations.
 */
final class MixtureComponent {
    private final double logWeight;
    private final double[] mean;
    private final double[] variances;
    private final double[] scales;
    private final double[] basis;
    private final int dimension;

    private MixtureComponent(double weight, double[] mean, double[] variances, double[] basis) {
        this.logWeight = Math.log(weight);
        this.mean = mean;
        this.variances = variances;
        this.basis = basis;
        this.dimension = mean.length;
        this.scales = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            scales[j] = Math.sqrt(Math.max(variances[j], 0.0));
        }
    }

    /**
     * Builds the component from a symmetric covariance already checked for shape and finiteness.
     * Eigenvalues within rounding of zero are clamped to zero; a clearly negative one is kept, so
     * that the caller can reject the matrix through {@link #smallestVariance()}.
     */
    static MixtureComponent of(double weight, double[] mean, double[][] covariance) {
        int d = mean.length;
        if (isDiagonal(covariance)) {
            double[] s = new double[d];
            for (int j = 0; j < d; j++) {
                s[j] = covariance[j][j];
            }
            return new MixtureComponent(weight, mean.clone(), s, null);
        }
        SymmetricEigen eigen = Backends.current().eigh(Matrix.of(covariance));
        double[] s = eigen.values().clone();
        // The eigensolver leaves O(d · eps · |λ_max|) negative values on PSD input.
        double tolerance = 1e-12 * d * Math.abs(s[d - 1]);
        if (s[0] >= -tolerance) {
            for (int j = 0; j < d; j++) {
                s[j] = Math.max(s[j], 0.0);
            }
        }
        return new MixtureComponent(weight, mean.clone(), s, eigen.vectors().data().clone());
    }

    private static boolean isDiagonal(double[][] covariance) {
        for (int i = 0; i < covariance.length; i++) {
            for (int j = 0; j < covariance.length; j++) {
                if (i != j && covariance[i][j] != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }

    double logWeight() {
        return logWeight;
    }

    /** μ (shared, not copied: callers only read it). */
    double[] mean() {
        return mean;
    }

    /** The eigenvalues s of Σ (shared, read only). */
    double[] variances() {
        return variances;
    }

    /** Q row-major (Q_ij at i · d + j; shared, read only), or null for a diagonal Σ (Q = I). */
    double[] basis() {
        return basis;
    }

    /** The smallest eigenvalue of Σ. */
    double smallestVariance() {
        double min = Double.POSITIVE_INFINITY;
        for (double v : variances) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** y = Q^T r: a vector in original coordinates expressed in the eigenbasis. */
    void toBasis(double[] r, double[] y) {
        if (basis == null) {
            System.arraycopy(r, 0, y, 0, dimension);
            return;
        }
        Arrays.fill(y, 0.0);
        for (int i = 0; i < dimension; i++) {
            double ri = r[i];
            int row = i * dimension;
            for (int j = 0; j < dimension; j++) {
                y[j] += basis[row + j] * ri;
            }
        }
    }

    /** out[offset + i] += scale · (Q y)_i: adds a vector given in the eigenbasis. */
    void addFromBasis(double[] y, double scale, double[] out, int offset) {
        if (basis == null) {
            for (int i = 0; i < dimension; i++) {
                out[offset + i] += scale * y[i];
            }
            return;
        }
        for (int i = 0; i < dimension; i++) {
            int row = i * dimension;
            double s = 0;
            for (int j = 0; j < dimension; j++) {
                s += basis[row + j] * y[j];
            }
            out[offset + i] += scale * s;
        }
    }

    /** Writes one draw μ + Q diag(√s) ξ, ξ ~ N(0, I), into {@code out} at {@code offset}. */
    void drawInto(Rng rng, double[] noise, double[] out, int offset) {
        for (int j = 0; j < dimension; j++) {
            noise[j] = scales[j] * rng.nextGaussian();
        }
        System.arraycopy(mean, 0, out, offset, dimension);
        addFromBasis(noise, 1.0, out, offset);
    }
}
