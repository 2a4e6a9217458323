package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;

/**
 * A residual learned in noise units, read back in clean units: r(x, t) = −(√h(t)/α(t)) r_ε(x, t).
 * A model r_ε regressed on the labels −(α/√h)(x_0 − g) (noise prediction: they are the residual
 * ε − ε_g of the noise ε = (x_t − α x_0)/√h on the base's ε_g = (x_t − α g)/√h) gives, through
 * this map, the residual r of the denoiser f = g + r; its least-squares loss is the clean loss
 * weighted by α²/h (spec/score-estimation.md §3, the weight of λ(t) = h).
 *
 * @param inner   r_ε, learned in noise units
 * @param process the forward process whose α and h convert the units
 */
public record NoiseUnitsDenoiser(Denoiser inner, ForwardProcess process) implements Denoiser {
    public NoiseUnitsDenoiser {
        Checks.require(inner != null && process != null, "inner and process must be given");
    }

    /** −α(t)/√h(t): the factor that takes a clean residual into noise units. */
    public static double toNoiseUnits(ForwardProcess process, double t) {
        return -process.alpha(t) / Math.sqrt(process.h(t));
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        Matrix r = inner.denoise(x, t);
        double[] out = r.data();
        int d = r.cols();
        for (int i = 0; i < t.length; i++) {
            double scale = 1 / toNoiseUnits(process, t[i]);
            for (int k = 0; k < d; k++) {
                out[i * d + k] *= scale;
            }
        }
        return r;
    }
}
