package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/** f(x, t) = 0: the base of a {@link ResidualDenoiser} that is the network alone. */
public record ZeroDenoiser(int dimension) implements Denoiser {
    public ZeroDenoiser {
        Checks.positive("dimension", dimension);
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        return Matrix.zeros(x.rows(), dimension);
    }
}
