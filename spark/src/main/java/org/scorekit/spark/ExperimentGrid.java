package org.scorekit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.theory.BuiltinExperiment;
import org.scorekit.experiment.theory.ExperimentOptions;
import org.scorekit.experiment.theory.GridExperiment;
import org.scorekit.experiment.theory.TheoryExperiment;

/**
 * A sweep over a built-in experiment's own grid: {@code experiment: NAME}, with optional
 * {@code quick}, {@code seeds} and {@code seed} as {@code scorekit experiment} takes them. The
 * experiment must be a {@link GridExperiment}; its cells become Spark tasks and the result is
 * the one {@code scorekit experiment} computes.
 *
 * @param label      the experiment's name
 * @param experiment the experiment
 * @param options    quick, seeds and seed
 */
record ExperimentGrid(String label, GridExperiment experiment, ExperimentOptions options) {
    /** The master seed of {@code scorekit experiment}. */
    static final long DEFAULT_SEED = 20261201L;

    /** The experiment grid of a sweep file. */
    static ExperimentGrid of(SweepFile file) {
        file.requireKeys();
        JsonNode root = file.root();
        JsonNode name = root.get("experiment");
        if (!name.isTextual()) {
            throw file.error("experiment", "expected the name of a built-in experiment");
        }
        TheoryExperiment e;
        try {
            e = BuiltinExperiment.of(name.asText()).create();
        } catch (IllegalArgumentException | InvalidSpecException ex) {
            throw file.error("experiment", ex.getMessage());
        }
        if (!(e instanceof GridExperiment grid)) {
            throw file.error("experiment", name.asText() + " has no grid of independent cells;"
                    + " run it with scorekit experiment " + name.asText());
        }
        JsonNode quick = root.path("quick");
        if (!quick.isMissingNode() && !quick.isBoolean()) {
            throw file.error("quick", "expected true or false");
        }
        JsonNode seeds = root.path("seeds");
        if (!seeds.isMissingNode() && !(seeds.isIntegralNumber() && seeds.asInt() > 0
                && seeds.canConvertToInt())) {
            throw file.error("seeds", "expected a positive whole number");
        }
        JsonNode seed = root.path("seed");
        if (!seed.isMissingNode() && !(seed.isIntegralNumber() && seed.canConvertToLong())) {
            throw file.error("seed", "expected a whole number");
        }
        ExperimentOptions options = new ExperimentOptions(quick.asBoolean(false),
                seeds.isMissingNode() ? e.defaultSeeds() : seeds.asInt(),
                seed.isMissingNode() ? DEFAULT_SEED : seed.asLong());
        return new ExperimentGrid(name.asText(), grid, options);
    }
}
