package org.scorekit.convex;

import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;

/**
 * A ladder of per-level DSM optima (spec/convex-score.md §7, one gated program per σ_l) as the
 * denoiser of a forward process, so that it serves any sampler and any score metric of a run.
 * At time t, X_t = α(X_0 + σ(t) ξ) with σ(t) = √h(t)/α(t), so the score of X_t at x is
 * s_σ(x/α)/α with s_σ the score of X_0 + σ ξ, which level l estimates at σ_l. Between two levels
 * the two scores are interpolated linearly in log σ (outside the ladder the nearest level is
 * used), and the denoiser is Tweedie's f(x, t) = (x + h s(x, t))/α. A ladder fitted to the
 * residual r of a base score (the targets minus the base's score at each level) is the residual
 * of the denoiser, h r(x, t)/α: add it to the base's denoiser.
 *
 * @param levels   σ_1 &gt; … &gt; σ_L &gt; 0
 * @param networks the recovered network of each level, in the same order
 * @param process  the forward process whose α and h place the levels in time
 * @param residual whether the networks fit the residual of a base (no x/α term)
 */
public record LadderDenoiser(double[] levels, List<GatedNetwork> networks, ForwardProcess process,
                             boolean residual) implements Denoiser {
    public LadderDenoiser {
        DenoisingLadder.requireDecreasing(levels);
        Checks.require(networks != null && process != null, "networks and process must be given");
        Checks.sameSize("networks per level", levels.length, networks.size());
        int d = networks.get(0).outputs().cols();
        for (GatedNetwork n : networks) {
            Checks.sameSize("network dimension", d, n.outputs().cols());
        }
        levels = levels.clone();
        networks = List.copyOf(networks);
    }

    @Override
    public int dimension() {
        return networks.get(0).outputs().cols();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        int d = dimension();
        x.requireCols("x", d);
        Checks.sameSize("times per row", x.rows(), t.length);
        Matrix out = Matrix.zeros(x.rows(), d);
        double[] y = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            double alpha = process.alpha(t[i]);
            double h = process.h(t[i]);
            for (int c = 0; c < d; c++) {
                y[c] = x.get(i, c) / alpha;
            }
            double[] s = score(y, Math.sqrt(h) / alpha);
            for (int c = 0; c < d; c++) {
                // f = (x + h s_t)/α with s_t = s_σ(x/α)/α (without x for a residual).
                out.set(i, c, ((residual ? 0 : x.get(i, c)) + h * s[c] / alpha) / alpha);
            }
        }
        return out;
    }

    /** s_σ(y): the level's score, interpolated in log σ between the two levels around σ. */
    double[] score(double[] y, double sigma) {
        int last = levels.length - 1;
        if (sigma >= levels[0]) {
            return networks.get(0).value(y);
        }
        if (sigma <= levels[last]) {
            return networks.get(last).value(y);
        }
        int l = 0;
        while (levels[l + 1] >= sigma) {
            l++;
        }
        double w = Math.log(levels[l] / sigma) / Math.log(levels[l] / levels[l + 1]);
        double[] upper = networks.get(l).value(y);
        double[] lower = networks.get(l + 1).value(y);
        for (int c = 0; c < upper.length; c++) {
            upper[c] = (1 - w) * upper[c] + w * lower[c];
        }
        return upper;
    }
}
