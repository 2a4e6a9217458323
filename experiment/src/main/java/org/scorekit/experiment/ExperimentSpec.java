package org.scorekit.experiment;

import java.util.regex.Pattern;

/**
 * A versioned experiment spec (STYLE.md: sections follow the pipeline). Fields may be absent in
 * the file; {@link Pipeline#from} fills every default and the resolved spec is saved with the
 * run. Unknown fields are rejected when reading ({@link SpecReader}).
 */
public record ExperimentSpec(Integer formatVersion, String name, Long seed, DataSpec data,
                             ProcessSpec process, ProblemSpec problem, EstimatorSpec estimator,
                             StoppingSpec stopping, SamplerSpec sampler, MetricsSpec metrics) {
    /** The spec format this version reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ExperimentSpec {
        if (formatVersion == null) {
            throw new IllegalArgumentException("formatVersion must be given (this version reads "
                    + FORMAT_VERSION + ")");
        }
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "formatVersion must be " + FORMAT_VERSION + ": " + formatVersion);
        }
        if (name != null && !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-64 characters of letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit: " + name);
        }
        if (data == null) {
            throw new IllegalArgumentException("data must be given");
        }
    }
}
