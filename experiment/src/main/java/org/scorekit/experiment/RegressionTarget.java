package org.scorekit.experiment;

import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.model.Denoiser;
import org.scorekit.model.NoiseUnitsDenoiser;
import org.scorekit.train.ScoreMatchingProblem;

/**
 * What the residual model regresses ({@code problem.target}, spec/score-estimation.md §3): the
 * clean residual x_0 − g (the paper's unweighted least squares, weight 1 on ‖f − x_0‖²), or the
 * same residual in noise units, −(α/√h)(x_0 − g) = ε − ε_g (noise prediction, weight α²/h).
 * Both give a denoiser f = g + r and the same parametric score; they differ in which times the
 * loss, and so GD and the stopping rules, attend to.
 */
public enum RegressionTarget {
    /** Labels x_0 − g. */
    CLEAN,
    /** Labels −(α/√h)(x_0 − g); the model's output is read back through −√h/α. */
    NOISE;

    /**
     * The given target, or the default: {@code clean}, the paper's loss, for the network and the
     * kernel; {@code noise} for the MLP baseline, which TabDDPM trains as a noise predictor. The
     * convex estimator fits its own ladder on the clean rows and has no residual labels, so an
     * explicit {@code noise} there is refused.
     */
    static RegressionTarget resolved(RegressionTarget given, EstimatorSpec estimator) {
        if (estimator.isConvex() && given == NOISE) {
            throw new IllegalArgumentException("problem.target: estimator.type convex fits its"
                    + " denoising ladder on the clean rows; leave target out or set clean");
        }
        return given != null ? given : estimator.isMlp() ? NOISE : CLEAN;
    }

    /** The training labels of the residual model on a draw whose labels are x_0 (or f*). */
    ScoreMatchingProblem labels(ScoreMatchingProblem drawn, Denoiser base, ForwardProcess process) {
        ScoreMatchingProblem residual = drawn.residual(base);
        return this == NOISE ? residual.inNoiseUnits(process) : residual;
    }

    /** The residual r of f = g + r, from the model fitted to these labels. */
    Denoiser residual(Denoiser fitted, ForwardProcess process) {
        return this == NOISE ? new NoiseUnitsDenoiser(fitted, process) : fitted;
    }
}
