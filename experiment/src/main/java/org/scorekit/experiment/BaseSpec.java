package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.function.Supplier;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.ExactScore;
import org.scorekit.model.ResidualDenoiser;
import org.scorekit.model.ZeroDenoiser;

/**
 * The fixed base g of the denoiser f = g + f_W ({@link ResidualDenoiser}): {@code gaussian}
 * (the default) is the exact denoiser of the Gaussian N(m, S) with the training draws' mean and
 * unbiased covariance, written into the resolved spec; the network then learns only the
 * nonlinear part. {@code none} trains the network on the labels x_0 themselves, as in the paper.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = BaseSpec.Gaussian.class, name = "gaussian"),
    @JsonSubTypes.Type(value = BaseSpec.None.class, name = "none")
})
public sealed interface BaseSpec {
    /**
     * Every default filled in from the clean training draws x_0 (N × d), drawn only when a
     * default needs them.
     */
    BaseSpec resolved(int dimension, Supplier<Matrix> trainingDraws);

    /** The base denoiser under a process; a zero denoiser for {@code none}. */
    Denoiser denoiser(ForwardProcess process, int dimension);

    /** Whether there is a base g at all (false for {@code none}: f = f_W). */
    boolean present();

    /**
     * g = E[X_0 | X_t = x] under N(mean, covariance); both default to the training draws'
     * moments (at least 2 draws).
     */
    record Gaussian(double[] mean, double[][] covariance) implements BaseSpec {
        public Gaussian {
            if (mean != null || covariance != null) {
                try {
                    GaussianMixture.of(new double[] {1.0}, new double[][] {mean},
                            new double[][][] {covariance});
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException("problem.base needs both mean (d values) "
                            + "and covariance (d x d, symmetric positive semidefinite): "
                            + e.getMessage(), e);
                }
            }
        }

        @Override
        public BaseSpec resolved(int dimension, Supplier<Matrix> trainingDraws) {
            if (mean != null) {
                if (mean.length != dimension) {
                    throw new IllegalArgumentException("problem.base.mean must have " + dimension
                            + " entries, one per data coordinate: " + mean.length);
                }
                return this;
            }
            Matrix draws = trainingDraws.get();
            if (draws.rows() < 2) {
                throw new IllegalArgumentException("problem.size must be at least 2 for the "
                        + "Gaussian base (its covariance), or set problem.base: {type: none}: "
                        + draws.rows());
            }
            GaussianMixture fit = GaussianMixture.momentMatched(draws);
            return new Gaussian(fit.mean(), fit.covariance().toArray());
        }

        @Override
        public Denoiser denoiser(ForwardProcess process, int dimension) {
            return new ExactScore(GaussianMixture.of(new double[] {1.0}, new double[][] {mean},
                    new double[][][] {covariance}), process);
        }

        @Override
        public boolean present() {
            return true;
        }
    }

    /** No base: f = f_W. */
    record None() implements BaseSpec {
        @Override
        public BaseSpec resolved(int dimension, Supplier<Matrix> trainingDraws) {
            return this;
        }

        @Override
        public Denoiser denoiser(ForwardProcess process, int dimension) {
            return new ZeroDenoiser(dimension);
        }

        @Override
        public boolean present() {
            return false;
        }
    }
}
