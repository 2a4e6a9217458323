package org.scorekit.testkit;

import org.scorekit.linalg.Matrix;

/**
 * Sample mean, variance and fourth central moment of n values, with the standard errors of the
 * mean and of the variance used by statistical tests.
 *
 * @param n        number of values
 * @param mean     sample mean
 * @param variance sample variance (divisor n − 1)
 * @param fourth   fourth central sample moment (divisor n)
 */
public record SampleMoments(int n, double mean, double variance, double fourth) {
    /** The moments of the values. */
    public static SampleMoments of(double[] values) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 values: " + n);
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m4 = 0;
        for (double v : values) {
            double c = (v - mean) * (v - mean);
            m2 += c;
            m4 += c * c;
        }
        return new SampleMoments(n, mean, m2 / (n - 1), m4 / n);
    }

    /** The moments of column j of x. */
    public static SampleMoments ofColumn(Matrix x, int j) {
        return of(x.column(j));
    }

    /** SE of the sample mean, √(variance / n). */
    public double meanStandardError() {
        return Math.sqrt(variance / n);
    }

    /**
     * SE of the sample variance, √((μ4 − σ⁴)/n) with plug-in moments (the leading term of
     * Var(s²); for a normal law it is σ²√(2/n)).
     */
    public double varianceStandardError() {
        return Math.sqrt(Math.max(fourth - variance * variance, 0) / n);
    }
}
