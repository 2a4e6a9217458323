package org.scorekit.eval;

import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;

/**
 * The exact denoiser for p_0 = N(μ, s² I), for tests (spec §10, isotropic case with one
 * component): f*(x, t) = μ + α s² / (α² s² + h) · (x − α μ).
 */
record GaussianPosteriorMean(IsotropicGaussian data, ForwardProcess process) implements Denoiser {
    @Override
    public int dimension() {
        return data.dimension();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        int d = dimension();
        double[] mu = data.mean();
        double s2 = data.scale() * data.scale();
        Matrix out = Matrix.zeros(x.rows(), d);
        for (int i = 0; i < x.rows(); i++) {
            double alpha = process.alpha(t[i]);
            double gain = alpha * s2 / (alpha * alpha * s2 + process.h(t[i]));
            for (int k = 0; k < d; k++) {
                out.set(i, k, mu[k] + gain * (x.get(i, k) - alpha * mu[k]));
            }
        }
        return out;
    }
}
