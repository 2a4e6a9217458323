package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.function.Supplier;
import org.scorekit.checks.Checks;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.model.InputScaling;

/**
 * The scaling of x in the network input ({@link InputScaling}): {@code moments} (the default)
 * centres and scales by the data's mean m and average per-coordinate variance v, taken from the
 * data law when the spec leaves them out and written into the resolved spec; {@code none}
 * feeds x as it is.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = InputScalingSpec.Moments.class, name = "moments"),
    @JsonSubTypes.Type(value = InputScalingSpec.None.class, name = "none")
})
public sealed interface InputScalingSpec {
    /**
     * Every default filled in from the data's moments (a Gaussian with its mean and covariance,
     * read only when a default needs them).
     */
    InputScalingSpec resolved(int dimension, Supplier<GaussianMixture> moments);

    /** The scaling object for a process. */
    InputScaling scaling(ForwardProcess process);

    /** x̃ = (x − α(t) m)/√(α(t)² v + h(t)); m and v default to the data's moments. */
    record Moments(double[] center, Double variance) implements InputScalingSpec {
        public Moments {
            if (center != null) {
                Checks.allFinite("problem.inputScaling.center", center);
            }
            if (variance != null) {
                Checks.positive("problem.inputScaling.variance", variance);
            }
        }

        @Override
        public InputScalingSpec resolved(int dimension, Supplier<GaussianMixture> moments) {
            if (center != null && center.length != dimension) {
                throw new IllegalArgumentException("problem.inputScaling.center must have "
                        + dimension + " entries, one per data coordinate: " + center.length);
            }
            return new Moments(center == null ? moments.get().mean() : center,
                    variance == null ? averageVariance(moments.get()) : variance);
        }

        /** tr Σ / d; 1 for a single point mass (no spread to scale by). */
        private static double averageVariance(GaussianMixture data) {
            double v = 0;
            for (int k = 0; k < data.dimension(); k++) {
                v += data.covariance().get(k, k) / data.dimension();
            }
            return v > 0 ? v : 1.0;
        }

        @Override
        public InputScaling scaling(ForwardProcess process) {
            return new InputScaling(center, variance, process);
        }
    }

    /** x as it is. */
    record None() implements InputScalingSpec {
        @Override
        public InputScalingSpec resolved(int dimension, Supplier<GaussianMixture> moments) {
            return this;
        }

        @Override
        public InputScaling scaling(ForwardProcess process) {
            return InputScaling.NONE;
        }
    }
}
