package org.scorekit.experiment;

import org.scorekit.checks.Checks;
import org.scorekit.sample.SamplerKind;

/**
 * The sampler section (spec §12): {@code type} {@code euler-maruyama} (reverse SDE, default),
 * {@code probability-flow-heun}, {@code annealed-langevin} or {@code predictor-corrector} (each
 * with its default parameters); {@code steps} on a {@code uniform} or {@code log} grid from T to
 * T0; {@code samples} rows drawn from the prior N(0, I).
 */
public record SamplerSpec(SamplerKind type, Integer steps, GridSpacing grid, Integer samples) {
    /** Most sampler steps: the grid is built with the pipeline, before any size check. */
    public static final int MAX_STEPS = 10_000_000;

    public SamplerSpec {
        if (steps != null) {
            Checks.positive("sampler.steps", steps);
            Checks.require(steps <= MAX_STEPS, "sampler.steps must be at most " + MAX_STEPS
                    + ": " + steps);
        }
        if (samples != null) {
            Checks.positive("sampler.samples", samples);
        }
    }

    /** Every default filled in. */
    public SamplerSpec resolved() {
        return new SamplerSpec(type == null ? SamplerKind.EULER_MARUYAMA : type, steps == null ? 1000 : steps,
                grid == null ? GridSpacing.UNIFORM : grid, samples == null ? 2000 : samples);
    }
}
