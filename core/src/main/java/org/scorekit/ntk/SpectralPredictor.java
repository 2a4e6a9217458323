package org.scorekit.ntk;

import org.scorekit.linalg.Matrix;

/**
 * Kernel-regression predictions at fixed test inputs for many filters
 * (spec/score-estimation.md §7, "for many τ"): with P = κ(Z_test, Z) V (n × N) and
 * C = V^T (Y − U(0)) (N × d) precomputed, f_K = f_0(Z_test) + P diag(φ(μ)) C costs O(n N d)
 * per filter. Made by {@link KernelRegression#predictor}.
 */
public final class SpectralPredictor {
    private final Matrix projected;
    private final Matrix spectralTarget;
    private final double[] eigenvalues;
    private final Matrix start;
    private final double smallestEigenvalue;

    SpectralPredictor(Matrix projected, Matrix spectralTarget, double[] eigenvalues, Matrix start,
                      double smallestEigenvalue) {
        this.projected = projected;
        this.spectralTarget = spectralTarget;
        this.eigenvalues = eigenvalues;
        this.start = start;
        this.smallestEigenvalue = smallestEigenvalue;
    }

    /** The number of test inputs n. */
    public int size() {
        return projected.rows();
    }

    /** f_K at the test inputs for the filter; returns n × d. */
    public Matrix predict(SpectralFilter filter) {
        KernelRegression.requireDefined(filter, smallestEigenvalue);
        int d = spectralTarget.cols();
        Matrix scaled = spectralTarget.copy();
        double[] a = scaled.data();
        for (int i = 0; i < eigenvalues.length; i++) {
            double phi = filter.coefficient(eigenvalues[i]);
            for (int k = 0; k < d; k++) {
                a[i * d + k] *= phi;
            }
        }
        Matrix out = Products.times(projected, false, scaled, false);
        double[] o = out.data();
        double[] s = start.data();
        for (int i = 0; i < o.length; i++) {
            o[i] += s[i];
        }
        return out;
    }
}
