package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * A denoiser written as a fixed base plus a learned residual, f(x, t) = g(x, t) + r(x, t)
 * (a project decision beside spec §4): the network is trained on the labels x_0 − g(x_t, t), so it
 * has to learn only what the base misses. With the Gaussian fit as base (the exact denoiser of
 * the training draws' moment-matched Gaussian, the best affine denoiser) the residual is the
 * nonlinear part, which is small where the label noise is large (t near T).
 *
 * @param base     g, fixed
 * @param residual r, learned
 */
public record ResidualDenoiser(Denoiser base, Denoiser residual) implements Denoiser {
    public ResidualDenoiser {
        Checks.require(base != null && residual != null, "base and residual must be given");
        Checks.sameSize("residual dimension vs base dimension", base.dimension(),
                residual.dimension());
    }

    @Override
    public int dimension() {
        return base.dimension();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        Matrix f = residual.denoise(x, t);
        double[] out = f.data();
        double[] g = base.denoise(x, t).data();
        for (int i = 0; i < out.length; i++) {
            out[i] += g[i];
        }
        return f;
    }
}
