package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;

/**
 * The parametric score s(x, t) = (α(t)/h(t)) f(x, t) − x/h(t) of a denoiser f
 * (Tweedie's identity; spec/score-estimation.md §2).
 */
public record ParametricScore(Denoiser denoiser, ForwardProcess process) implements ScoreModel {
    public ParametricScore {
        Checks.require(denoiser != null, "denoiser must be given");
        Checks.require(process != null, "process must be given");
    }

    @Override
    public int dimension() {
        return denoiser.dimension();
    }

    @Override
    public Matrix score(Matrix x, double[] t) {
        x.requireCols("x", dimension());
        Checks.sameSize("number of times", x.rows(), t.length);
        Matrix f = denoiser.denoise(x, t);
        int d = x.cols();
        double[] xs = x.data();
        double[] fs = f.data();
        for (int i = 0; i < x.rows(); i++) {
            double h = process.h(t[i]);
            double a = process.alpha(t[i]) / h;
            double b = 1.0 / h;
            for (int k = 0; k < d; k++) {
                int idx = i * d + k;
                fs[idx] = a * fs[idx] - b * xs[idx];
            }
        }
        return f;
    }
}
