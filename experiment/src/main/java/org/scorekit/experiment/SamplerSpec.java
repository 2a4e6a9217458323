package org.scorekit.experiment;

import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.sample.Sampler;
import org.scorekit.sample.Samplers;

/**
 * The sampler section (spec §12): {@code type} {@code euler-maruyama} (reverse SDE, default),
 * {@code probability-flow-heun}, {@code annealed-langevin} or {@code predictor-corrector} (each
 * with its default parameters); {@code steps} on a {@code uniform} or {@code log} grid from T to
 * T0; {@code samples} rows drawn from the prior N(0, I).
 */
public record SamplerSpec(String type, Integer steps, String grid, Integer samples) {
    /** The accepted grid names. */
    public static final List<String> GRIDS = List.of("uniform", "log");

    public SamplerSpec {
        List<String> types = Samplers.all().stream().map(Sampler::name).toList();
        if (type != null && !types.contains(type)) {
            throw new IllegalArgumentException("sampler.type must be one of " + types + ": " + type);
        }
        if (steps != null) {
            Checks.positive("sampler.steps", steps);
        }
        if (grid != null && !GRIDS.contains(grid)) {
            throw new IllegalArgumentException("sampler.grid must be one of " + GRIDS + ": " + grid);
        }
        if (samples != null) {
            Checks.positive("sampler.samples", samples);
        }
    }

    /** Every default filled in. */
    public SamplerSpec resolved() {
        return new SamplerSpec(type == null ? "euler-maruyama" : type, steps == null ? 1000 : steps,
                grid == null ? "uniform" : grid, samples == null ? 2000 : samples);
    }
}
