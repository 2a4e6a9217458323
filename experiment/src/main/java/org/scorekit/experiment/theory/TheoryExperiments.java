package org.scorekit.experiment.theory;

import java.util.List;

/** The built-in theory experiments by name. */
public final class TheoryExperiments {
    private TheoryExperiments() {
    }

    /** Every built-in experiment. */
    public static List<TheoryExperiment> all() {
        return List.of(new NtkRegime(), new Overfitting(), new SampleComplexity(),
                new StoppingRules(), new TimeTruncation(), new Optimizers());
    }

    /** The experiment of the given name. */
    public static TheoryExperiment byName(String name) {
        for (TheoryExperiment e : all()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("experiment must be one of "
                + all().stream().map(TheoryExperiment::name).toList() + ": " + name);
    }
}
