package org.scorekit.experiment;

import org.scorekit.checks.Checks;

/**
 * The problem section: Algorithm 1 (spec §4). {@code size} is N; {@code timeMin}/{@code timeMax}
 * are T0/T; when absent, T0 solves h(T0) = {@code noiseFloor} (decision P6, default 0.05) and T
 * is the smallest time whose prior-mismatch bound ½ α(T)² E‖X0‖² + (d/2)(−α² − log(1 − α²))
 * is at most {@code priorMismatch} (decision P7, default 10⁻³).
 */
public record ProblemSpec(Integer size, Double timeMin, Double timeMax, Double noiseFloor,
                          Double priorMismatch, TimeEncodingSpec timeEncoding,
                          Double constantInput) {
    /** Default N. */
    public static final int DEFAULT_SIZE = 4000;

    public ProblemSpec {
        if (size != null) {
            Checks.positive("problem.size", size);
        }
        if (timeMin != null) {
            Checks.positive("problem.timeMin", timeMin);
        }
        if (timeMax != null) {
            Checks.positive("problem.timeMax", timeMax);
        }
        if (noiseFloor != null) {
            Checks.require(noiseFloor > 0 && noiseFloor < 1,
                    "problem.noiseFloor must be in (0, 1): " + noiseFloor);
        }
        if (priorMismatch != null) {
            Checks.positive("problem.priorMismatch", priorMismatch);
        }
        if (constantInput != null) {
            Checks.finite("problem.constantInput", constantInput);
        }
    }
}
