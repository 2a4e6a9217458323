package org.scorekit.experiment;

import org.scorekit.checks.Checks;

/**
 * The problem section: Algorithm 1 (spec §4). {@code size} is N; {@code timeMin}/{@code timeMax}
 * are T0/T; when absent, T0 solves h(T0) = {@code noiseFloor} (decision P6, default 0.05) and T
 * is the smallest time whose prior-mismatch bound ½ α(T)² E‖X0‖² + (d/2)(−α² − log(1 − α²))
 * is at most {@code priorMismatch} (decision P7, default 10⁻³). The network input
 * z = (x̃, c(t), b0) has data-aware defaults, written into the resolved spec: x̃ scaled by the
 * data's moments ({@code inputScaling}, see {@link InputScalingSpec}), c(t) = log t mapped onto
 * [−1, 1] over [T0, T] ({@code timeEncoding}), and b0 = 1 ({@code constantInput}; 0 turns it
 * off), so every coordinate of z has unit scale whatever the data's location and scale. The
 * denoiser is f = g + f_W with the base g the Gaussian fit of the training draws ({@code base},
 * see {@link BaseSpec}), so the network learns only what the best affine denoiser misses.
 */
public record ProblemSpec(Integer size, Double timeMin, Double timeMax, Double noiseFloor,
                          Double priorMismatch, InputScalingSpec inputScaling,
                          TimeEncodingSpec timeEncoding, Double constantInput, BaseSpec base,
                          RegressionTarget target) {
    /** Default N. */
    public static final int DEFAULT_SIZE = 4000;
    /**
     * Default b0: the unit scale of the scaled x̃ and of c(t). With centred inputs the network
     * needs a bias-like direction (a bias-free ReLU network is positively homogeneous in z).
     */
    public static final double DEFAULT_CONSTANT_INPUT = 1.0;

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
