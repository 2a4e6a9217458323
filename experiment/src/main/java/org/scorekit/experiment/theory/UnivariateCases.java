package org.scorekit.experiment.theory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Optional;
import org.scorekit.convex.ActiveSetLasso;
import org.scorekit.convex.Activation;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.random.Rng;

/**
 * The univariate data of the convex experiments and their solved programs
 * (spec/convex-score.md §11.1): the ten reference draws, Gaussian draws and the two-component
 * data of 15 + 15 points from N(−3, 0.5²) and N(3, 0.5²).
 */
final class UnivariateCases {
    /** The ten standard-normal draws of spec §11.1, sorted, quoted to 6 decimals. */
    static final double[] REFERENCE = {-1.265421, -0.703735, -0.535669, -0.132105, 0.104900,
            0.125730, 0.361595, 0.640423, 0.947081, 1.304000};
    /** Points per component of the two-component data (§11.1). */
    static final int PER_COMPONENT = 15;

    private UnivariateCases() {
    }

    /** The certified optimum, or empty when the program is unbounded below (§3). */
    static Optional<UnivariateSolution> solve(double[] x, Activation activation, boolean skip,
                                              double beta) {
        return ActiveSetLasso.solve(new UnivariateProgram(x, activation, skip, beta)).optimum();
    }

    /** n standard-normal draws. */
    static double[] gaussian(int n, Rng rng) {
        double[] x = new double[n];
        rng.fillGaussian(x);
        return x;
    }

    /** PER_COMPONENT draws from N(−3, 0.5²) followed by as many from N(3, 0.5²). */
    static double[] twoComponent(Rng rng) {
        double[] x = new double[2 * PER_COMPONENT];
        rng.fillGaussian(x);
        for (int i = 0; i < x.length; i++) {
            x[i] = (i < PER_COMPONENT ? -3.0 : 3.0) + 0.5 * x[i];
        }
        return x;
    }

    static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    /** The biased sample variance σ̂² of §3. */
    static double biasedVariance(double[] x) {
        double m = mean(x);
        return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / x.length;
    }

    /**
     * How linear s* is on the data: the slope between the extreme points, the largest deviation
     * of s*(x_i) from that line, and the scale max(1, max_i |s*(x_i)|) to read it against.
     */
    record OnData(double slope, double nonlinearity, double scale) {
        static OnData of(UnivariateSolution s, double[] x) {
            double low = Arrays.stream(x).min().orElseThrow();
            double high = Arrays.stream(x).max().orElseThrow();
            double slope = (s.value(high) - s.value(low)) / (high - low);
            double nonlinearity = 0;
            double scale = 1.0;
            for (double v : x) {
                nonlinearity = Math.max(nonlinearity, Math.abs(s.value(v) - s.value(low) - slope * (v - low)));
                scale = Math.max(scale, Math.abs(s.value(v)));
            }
            return new OnData(slope, nonlinearity, scale);
        }
    }

    /** β or another setting as text: 1.5, 25, 0.001 (four significant digits, no trailing zeros). */
    static String number(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Whether the certificate's relative gap is at most {@code tolerance}. */
    static boolean certified(UnivariateSolution s, double tolerance) {
        return Math.abs(s.certificate().gap()) <= tolerance * Math.max(1.0, Math.abs(s.objective()));
    }
}
