package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.function.Supplier;
import org.scorekit.checks.Checks;
import org.scorekit.data.GaussianMixture;
import org.scorekit.data.MixtureEm;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.ExactScore;
import org.scorekit.model.ResidualDenoiser;
import org.scorekit.model.ZeroDenoiser;
import org.scorekit.random.Rng;

/**
 * The fixed base g of the denoiser f = g + f_W ({@link ResidualDenoiser}): {@code gaussian}
 * (the default) is the exact denoiser of the Gaussian N(m, S) with the training draws' mean and
 * unbiased covariance, written into the resolved spec; the network then learns only the
 * nonlinear part. {@code mixture} is the exact denoiser of a K-component Gaussian mixture fitted
 * to the training draws by EM ({@link MixtureEm}), also written into the resolved spec.
 * {@code none} trains the network on the labels x_0 themselves, as in the paper.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = BaseSpec.Gaussian.class, name = "gaussian"),
    @JsonSubTypes.Type(value = BaseSpec.Mixture.class, name = "mixture"),
    @JsonSubTypes.Type(value = BaseSpec.None.class, name = "none")
})
public sealed interface BaseSpec {
    /**
     * Every default filled in from the clean training draws x_0 (N × d), drawn only when a
     * default needs them.
     */
    BaseSpec resolved(int dimension, Supplier<Matrix> trainingDraws, Supplier<Matrix> heldOut,
                      Rng rng);

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
        public BaseSpec resolved(int dimension, Supplier<Matrix> trainingDraws,
                                 Supplier<Matrix> heldOut, Rng rng) {
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

    /**
     * g = E[X_0 | X_t = x] under the mixture Σ_k π_k N(μ_k, Σ_k) that EM fits to the training
     * draws with {@code components} components (at most {@code maxSteps} steps, default
     * {@value #DEFAULT_MAX_STEPS}); weights, means and covariances are written out when resolved.
     * Left out, {@code components} is chosen on held-out draws ({@link MixtureEm#select}: K = 1,
     * 2, 4, … up to {@value #MAX_COMPONENTS} and at most one component per 2 (d + 1) training
     * draws, while the held-out log-likelihood rises).
     */
    record Mixture(Integer components, Integer maxSteps, double[] weights, double[][] means,
                   double[][][] covariances) implements BaseSpec {
        /** Default cap on EM steps. */
        public static final int DEFAULT_MAX_STEPS = 200;
        /** The largest component count the held-out ladder tries. */
        public static final int MAX_COMPONENTS = 32;

        public Mixture {
            if (components != null) {
                Checks.positive("problem.base.components", components);
            }
            if (maxSteps != null) {
                Checks.positive("problem.base.maxSteps", maxSteps);
            }
            if (weights != null || means != null || covariances != null) {
                try {
                    GaussianMixture.of(weights, means, covariances);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException("problem.base needs weights, means and"
                            + " covariances together (a valid mixture): " + e.getMessage(), e);
                }
            }
        }

        @Override
        public BaseSpec resolved(int dimension, Supplier<Matrix> trainingDraws,
                                 Supplier<Matrix> heldOut, Rng rng) {
            int steps = maxSteps == null ? DEFAULT_MAX_STEPS : maxSteps;
            if (weights != null) {
                if (means[0].length != dimension) {
                    throw new IllegalArgumentException("problem.base.means must have " + dimension
                            + " entries per component, one per data coordinate: "
                            + means[0].length);
                }
                return new Mixture(weights.length, steps, weights, means, covariances);
            }
            Matrix draws = trainingDraws.get();
            int least = components == null ? 2 : Math.max(2, components);
            if (draws.rows() < least) {
                throw new IllegalArgumentException("problem.base.components: EM needs at least "
                        + least + " training draws: " + draws.rows());
            }
            GaussianMixture fit = components != null
                    ? MixtureEm.fit(draws, components, steps, rng).mixture()
                    : MixtureEm.select(draws, heldOut.get(), Math.max(1, Math.min(MAX_COMPONENTS,
                            draws.rows() / (2 * (dimension + 1)))), steps, rng).fit().mixture();
            return new Mixture(fit.componentCount(), steps, fit.weights(), fit.means(),
                    fit.covariances());
        }

        @Override
        public Denoiser denoiser(ForwardProcess process, int dimension) {
            return new ExactScore(GaussianMixture.of(weights, means, covariances), process);
        }

        @Override
        public boolean present() {
            return true;
        }
    }

    /** No base: f = f_W. */
    record None() implements BaseSpec {
        @Override
        public BaseSpec resolved(int dimension, Supplier<Matrix> trainingDraws,
                                 Supplier<Matrix> heldOut, Rng rng) {
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
