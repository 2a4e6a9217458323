package org.scorekit.cli;

import org.scorekit.experiment.EstimatorSpec;
import org.scorekit.experiment.SamplerSpec;

/**
 * The settings a benchmark's fits run with: the defaults of {@code scorekit fit}, or with
 * {@code --quick} a width-256 network, at most 200 GD steps and a 200-step sampler, a size that
 * runs Credit Default's cells in minutes rather than a quarter of an hour each (docs/benchmark.md).
 *
 * @param quick whether the quick settings apply
 */
record BenchmarkBudget(boolean quick) {
    /** The quick network width. */
    static final int QUICK_WIDTH = 256;
    /** The quick cap on GD steps. */
    static final int QUICK_STEPS = 200;
    /** The quick sampler steps. */
    static final int QUICK_SAMPLER_STEPS = 200;

    /** The estimator section of the fit's spec; null (every default) unless quick. */
    EstimatorSpec estimator() {
        return quick ? new EstimatorSpec(null, QUICK_WIDTH, null, null, null, QUICK_STEPS, null,
                null, null, null, null, null, null, null) : null;
    }

    /** The sampler section of the fit's spec; null (every default) unless quick. */
    SamplerSpec sampler() {
        return quick ? new SamplerSpec(null, QUICK_SAMPLER_STEPS, null, null) : null;
    }

    /** How the settings read in the summary. */
    String describe() {
        return quick ? "--quick: width " + QUICK_WIDTH + ", at most " + QUICK_STEPS
                + " GD steps, " + QUICK_SAMPLER_STEPS + " sampler steps"
                : "the defaults of scorekit fit and its sampler";
    }
}
