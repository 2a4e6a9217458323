package org.scorekit.sample;

import java.util.List;

/** The built-in samplers by name. */
public final class Samplers {
    private Samplers() {
    }

    /** All built-in samplers, each with its default parameters. */
    public static List<Sampler> all() {
        return List.of(new EulerMaruyama(), new ProbabilityFlowHeun(), AnnealedLangevin.DEFAULT,
                PredictorCorrector.DEFAULT);
    }

    /** The sampler of the given name. */
    public static Sampler byName(String name) {
        for (Sampler s : all()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("sampler must be one of "
                + all().stream().map(Sampler::name).toList() + ": " + name);
    }
}
