package org.scorekit.experiment.theory;

import java.util.Arrays;
import org.scorekit.convex.ImpliedDensity;
import org.scorekit.convex.PiecewiseLinearScore;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.sample.Langevin;

/**
 * ULA through a learned 1-D score (spec/convex-score.md §8, §11.2): {@code particles}
 * independent chains from N(0, 9), step ε = {@value #STEP_SIZE}, {@code steps} updates; the
 * final states are compared with the implied density p* by the Kolmogorov–Smirnov distance
 * D = sup_x |F_n(x) − P*(X ≤ x)| and by their first two moments.
 *
 * @param ks           D
 * @param sampleMean   mean of the samples
 * @param sampleVar    variance of the samples (biased)
 * @param densityMean  E*[X]
 * @param densityVar   Var*[X]
 * @param samples      the samples, sorted
 */
record LangevinFit(double ks, double sampleMean, double sampleVar, double densityMean,
                   double densityVar, double[] samples) {
    static final double STEP_SIZE = 0.01;
    static final double START_SD = 3.0;

    /** Runs the chains and measures them against p*. */
    static LangevinFit of(PiecewiseLinearScore score, ImpliedDensity density, int particles, int steps,
                          Rng rng) {
        Matrix start = rng.fork("start").gaussian(particles, 1);
        for (int i = 0; i < particles; i++) {
            start.set(i, 0, START_SD * start.get(i, 0));
        }
        double[] x = new Langevin(STEP_SIZE, steps).sample(score, 0.0, start, rng.fork("ula")).data();
        Arrays.sort(x);
        double d = 0;
        for (int i = 0; i < particles; i++) {
            double f = density.cdf(x[i]);
            d = Math.max(d, Math.max(f - (double) i / particles, (double) (i + 1) / particles - f));
        }
        double mean = UnivariateCases.mean(x);
        double m1 = density.moment(1);
        return new LangevinFit(d, mean, UnivariateCases.biasedVariance(x), m1, density.moment(2) - m1 * m1, x);
    }
}
