package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;

/**
 * The exact score ∇ log p_t and denoiser f*(x, t) = E[X_0 | X_t = x] of a Gaussian-mixture data
 * law under a forward process (spec/score-estimation.md §10): the oracle every estimator is
 * measured against, and a score that lets samplers be tested without training.
 */
public record ExactScore(GaussianMixture mixture, ForwardProcess process)
        implements ScoreModel, Denoiser {
    public ExactScore {
        Checks.require(mixture != null, "mixture must be given");
        Checks.require(process != null, "process must be given");
    }

    @Override
    public int dimension() {
        return mixture.dimension();
    }

    /** ∇_x log p_t(x) at each row: x is n × d, t has length n; returns n × d. */
    @Override
    public Matrix score(Matrix x, double[] t) {
        return mixture.score(x, t, process);
    }

    /** f*(x, t) = E[X_0 | X_t = x] at each row: x is n × d, t has length n; returns n × d. */
    @Override
    public Matrix denoise(Matrix x, double[] t) {
        return mixture.posteriorMean(x, t, process);
    }
}
