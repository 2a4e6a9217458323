package org.scorekit.eval;

import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;

/** f(x, t) = base(x, t) + offset + slope · x, for tests: ‖f − base‖² = ‖offset + slope x‖². */
record PerturbedDenoiser(Denoiser base, double[] offset, double slope) implements Denoiser {
    @Override
    public int dimension() {
        return base.dimension();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        Matrix out = base.denoise(x, t);
        for (int i = 0; i < x.rows(); i++) {
            for (int k = 0; k < offset.length; k++) {
                out.set(i, k, out.get(i, k) + offset[k] + slope * x.get(i, k));
            }
        }
        return out;
    }
}
