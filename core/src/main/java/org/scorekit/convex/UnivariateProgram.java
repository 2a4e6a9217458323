package org.scorekit.convex;

import java.util.Arrays;
import org.scorekit.checks.Checks;

/**
 * The univariate score-matching program of spec/convex-score.md §2.3 with sum normalisation:
 * the exact infimum of Σ_i [s'(x_i) + ½ s(x_i)²] + (β/2) Σ_j (w_j² + α_j²) over two-layer
 * networks of any width with a free output bias c and, if {@code skip}, an unregularised skip
 * term v x. (P-ReLU) for {@link Activation#RELU}, (P-abs) for {@link Activation#ABSOLUTE_VALUE}.
 *
 * @param points     the data x_1..x_n in any order, distinct and finite, n ≥ 2
 * @param activation the hidden activation
 * @param skip       whether the network has the skip connection v x
 * @param beta       the weight decay β &gt; 0 (sum normalisation: a mean-normalised β_mean is n·β_mean here)
 */
public record UnivariateProgram(double[] points, Activation activation, boolean skip, double beta) {
    public UnivariateProgram {
        Checks.require(activation != null, "activation must be given");
        Checks.positive("beta", beta);
        Checks.require(points != null, "points must be given");
        if (points.length < 2) {
            throw new IllegalArgumentException("points must hold at least 2 values: " + points.length);
        }
        points = Checks.allFinite("points", points.clone());
        requireDistinct("points", points);
    }

    /** Fails unless the values are distinct, naming a repeated value and its count. */
    static void requireDistinct(String name, double[] points) {
        double[] sorted = points.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                int count = 0;
                for (double x : points) {
                    count += x == sorted[i] ? 1 : 0;
                }
                // With ties a one-sided kink gains the multiplicity instead of 1 (spec §2.1),
                // which moves the threshold of §3: the program of §2.2 is stated for distinct data.
                throw new IllegalArgumentException(name + " must be distinct: " + sorted[i]
                        + " occurs " + count + " times");
            }
        }
    }

    /** The data (a copy). */
    @Override
    public double[] points() {
        return points.clone();
    }

    /** n, the number of data points. */
    public int size() {
        return points.length;
    }

    /**
     * The smallest β at which the program is bounded below (spec §3, derived with the recession
     * directions of the dictionary): 1 for ReLU with or without skip; 1 for the absolute value
     * without skip; 2 for the absolute value with skip, where z_1 = a, z_n = −a, v = −2a,
     * c = a(x_(1) + x_(n)) vanishes on the data and changes the objective by 2a(β − 2).
     */
    public double threshold() {
        return activation == Activation.ABSOLUTE_VALUE && skip ? 2.0 : 1.0;
    }

    /** Whether β ≥ {@link #threshold()}, i.e. the objective is bounded below. */
    public boolean bounded() {
        return beta >= threshold();
    }

    /** The same data and network at another β. */
    public UnivariateProgram withBeta(double newBeta) {
        return new UnivariateProgram(points, activation, skip, newBeta);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnivariateProgram p && Arrays.equals(points, p.points)
                && activation == p.activation && skip == p.skip
                && Double.compare(beta, p.beta) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(points) + Double.hashCode(beta) + activation.hashCode()
                + (skip ? 1 : 0);
    }

    @Override
    public String toString() {
        return "UnivariateProgram[n=" + points.length + ", activation=" + activation.label()
                + ", skip=" + skip + ", beta=" + beta + "]";
    }
}
