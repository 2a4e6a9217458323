package org.scorekit.testkit;

import org.scorekit.data.Distribution;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * An isotropic Gaussian data law p_0 = N(μ, s² I) pushed through a VP process, with everything
 * in closed form (spec §1, §2): p_t = N(α μ, v(t) I) with v(t) = α² s² + h, the exact score
 * −(x − α μ)/v, the exact posterior mean E[X_0 | X_t = x] = μ + (α s²/v)(x − α μ), and the
 * exact probability-flow map between two times (affine for a Gaussian).
 */
public final class GaussianOracle implements Distribution {
    private final double[] mean;
    private final double scale;
    private final ForwardProcess process;

    private GaussianOracle(double[] mean, double scale, ForwardProcess process) {
        this.mean = mean.clone();
        this.scale = scale;
        this.process = process;
    }

    /** p_0 = N(mean, scale² I) under the given process. */
    public static GaussianOracle of(double[] mean, double scale, ForwardProcess process) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        return new GaussianOracle(mean, scale, process);
    }

    @Override
    public int dimension() {
        return mean.length;
    }

    @Override
    public Matrix sample(int n, Rng rng) {
        Matrix x = rng.gaussian(n, mean.length);
        double[] a = x.data();
        for (int i = 0; i < a.length; i++) {
            a[i] = mean[i % mean.length] + scale * a[i];
        }
        return x;
    }

    /** The process the marginals refer to. */
    public ForwardProcess process() {
        return process;
    }

    /** Coordinate k of the mean of p_t, α(t) μ_k. */
    public double marginalMean(int k, double t) {
        return process.alpha(t) * mean[k];
    }

    /** Coordinate k of μ. */
    public double dataMean(int k) {
        return mean[k];
    }

    /** s. */
    public double dataScale() {
        return scale;
    }

    /** The per-coordinate variance of p_t, v(t) = α(t)² s² + h(t). */
    public double marginalVariance(double t) {
        double a = process.alpha(t);
        return a * a * scale * scale + process.h(t);
    }

    /** The exact score ∇ log p_t(x) = −(x − α μ)/v. */
    public ScoreModel score() {
        return new ScoreModel() {
            @Override
            public int dimension() {
                return mean.length;
            }

            @Override
            public Matrix score(Matrix x, double[] t) {
                return affine(x, t, true);
            }
        };
    }

    /** The exact denoiser f*(x, t) = E[X_0 | X_t = x] = μ + (α s²/v)(x − α μ). */
    public Denoiser posteriorMean() {
        return new Denoiser() {
            @Override
            public int dimension() {
                return mean.length;
            }

            @Override
            public Matrix denoise(Matrix x, double[] t) {
                return affine(x, t, false);
            }
        };
    }

    /**
     * The exact probability-flow map from time {@code from} to time {@code to} applied to
     * coordinate k of y: α(to) μ_k + √(v(to)/v(from)) (y − α(from) μ_k).
     */
    public double flow(int k, double y, double from, double to) {
        return marginalMean(k, to)
                + Math.sqrt(marginalVariance(to) / marginalVariance(from)) * (y - marginalMean(k, from));
    }

    /** Both exact maps are affine in x per row: slope(t) x + intercept_k(t). */
    private Matrix affine(Matrix x, double[] t, boolean score) {
        int d = mean.length;
        x.requireCols("x", d);
        Matrix out = Matrix.zeros(x.rows(), d);
        double[] in = x.data();
        double[] o = out.data();
        for (int i = 0; i < x.rows(); i++) {
            double alpha = process.alpha(t[i]);
            double v = marginalVariance(t[i]);
            double slope = score ? -1 / v : alpha * scale * scale / v;
            for (int k = 0; k < d; k++) {
                double centre = alpha * mean[k];
                double intercept = score ? centre / v : mean[k] - slope * centre;
                o[i * d + k] = slope * in[i * d + k] + intercept;
            }
        }
        return out;
    }
}
