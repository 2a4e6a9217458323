package org.scorekit.cli;

import org.scorekit.experiment.EstimatorSpec;
import org.scorekit.experiment.SamplerSpec;

/**
 * The settings a benchmark's fits run with: the defaults of {@code scorekit fit} (with
 * {@code estimator.type: mlp} for the {@code mlp} estimator), or with {@code --quick} a width-256
 * network and at most 200 GD steps, a width-128 MLP and at most 300 Adam steps, and a 200-step
 * sampler, a size that runs Credit Default's cells in minutes rather than a quarter of an hour
 * each (docs/benchmark.md).
 *
 * @param quick whether the quick settings apply
 */
record BenchmarkBudget(boolean quick) {
    /** The benchmark's name of the theory-guided estimator (the spec's default network). */
    static final String THEORY = "theory";
    /** The benchmark's name of the deep baseline. */
    static final String MLP = EstimatorSpec.MLP;
    /** The quick network width. */
    static final int QUICK_WIDTH = 256;
    /** The quick cap on GD steps. */
    static final int QUICK_STEPS = 200;
    /** The quick MLP width. */
    static final int QUICK_MLP_WIDTH = 128;
    /** The quick cap on Adam steps. */
    static final int QUICK_MLP_STEPS = 300;
    /** The quick sampler steps. */
    static final int QUICK_SAMPLER_STEPS = 200;

    /** The estimator section of the fit's spec for a benchmark estimator's name. */
    EstimatorSpec estimator(String name) {
        boolean mlp = MLP.equals(name);
        if (!quick) {
            return FitCommand.estimator(name);
        }
        return new EstimatorSpec(mlp ? EstimatorSpec.MLP : null,
                mlp ? QUICK_MLP_WIDTH : QUICK_WIDTH, null, null, null,
                mlp ? QUICK_MLP_STEPS : QUICK_STEPS, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The sampler section of the fit's spec; null (every default) unless quick. */
    SamplerSpec sampler() {
        return quick ? new SamplerSpec(null, QUICK_SAMPLER_STEPS, null, null) : null;
    }

    /** How the settings read in the summary. */
    String describe() {
        return quick ? "--quick: network width " + QUICK_WIDTH + " and at most " + QUICK_STEPS
                + " GD steps, MLP width " + QUICK_MLP_WIDTH + " and at most " + QUICK_MLP_STEPS
                + " Adam steps, " + QUICK_SAMPLER_STEPS + " sampler steps"
                : "the defaults of scorekit fit and its sampler";
    }
}
