package org.scorekit.eval;

import org.scorekit.data.Distribution;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** N(μ, s² I) on R^d, for tests: x = μ + s ξ. */
record IsotropicGaussian(double[] mean, double scale) implements Distribution {
    @Override
    public int dimension() {
        return mean.length;
    }

    @Override
    public Matrix sample(int n, Rng rng) {
        int d = mean.length;
        Matrix x = rng.gaussian(n, d);
        double[] a = x.data();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                a[i * d + k] = mean[k] + scale * a[i * d + k];
            }
        }
        return x;
    }

    /** E‖X‖² = ‖μ‖² + d s². */
    double secondMoment() {
        double s = 0;
        for (double m : mean) {
            s += m * m;
        }
        return s + mean.length * scale * scale;
    }
}
