package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;

/**
 * The data-aware scaling of the x part of the network input (project decision, spec §4 P1):
 *
 * <pre>
 *   x̃ = (x − α(t) m) / √(α(t)² v + h(t))
 * </pre>
 *
 * with m the data mean and v the data's average per-coordinate variance tr Σ / d. The forward
 * marginal X_t has mean α(t) m and average per-coordinate variance α(t)² v + h(t), so x̃ has
 * mean 0 and unit average variance at every t: the inputs keep one scale whatever the data's
 * location and scale (the c_in preconditioning of Karras et al. 2022, arXiv 2206.00364, §5,
 * for a VP process with a mean). The regression problem is unchanged: labels stay x0 and the
 * untrained network still predicts 0. {@link #NONE} leaves x as it is.
 *
 * @param center   m (length d), or empty for no scaling
 * @param variance v &gt; 0 (ignored without a center)
 * @param process  the forward process giving α(t) and h(t) (null without a center)
 */
public record InputScaling(double[] center, double variance, ForwardProcess process) {
    /** No scaling: x̃ = x. */
    public static final InputScaling NONE = new InputScaling(new double[0], 1.0, null);

    public InputScaling {
        Checks.allFinite("input scaling center", center);
        Checks.positive("input scaling variance", variance);
        Checks.require(center.length == 0 || process != null,
                "input scaling needs the forward process");
        center = center.clone();
    }

    /** Whether x is scaled. */
    public boolean active() {
        return center.length > 0;
    }

    /** Writes x̃ for the d values x[xOffset ..] at time t into z[zOffset ..]. */
    public void apply(double[] x, int xOffset, int d, double t, double[] z, int zOffset) {
        if (!active()) {
            System.arraycopy(x, xOffset, z, zOffset, d);
            return;
        }
        double alpha = process.alpha(t);
        double inverseScale = 1.0 / Math.sqrt(alpha * alpha * variance + process.h(t));
        for (int k = 0; k < d; k++) {
            z[zOffset + k] = (x[xOffset + k] - alpha * center[k]) * inverseScale;
        }
    }
}
