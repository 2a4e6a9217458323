package org.scorekit.convex;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * The multivariate score-matching programs of spec/convex-score.md §6 with sum normalisation, on
 * data X (n × d, rows = samples) and sampled activation patterns D_1..D_P of the same data (§6.1).
 * {@link GatedFista} solves (M-gated), §6.2: the exact infimum over gated networks with the
 * patterns' gates; {@link BlockwiseAugmentedLagrangian} solves (M-relu-blockwise), §6.4: ReLU (or
 * absolute-value) neurons restricted to the patterns, each feeding one output. D̃_i = D_i for
 * {@link Activation#RELU} and 2D_i − I for {@link Activation#ABSOLUTE_VALUE}.
 *
 * @param points     X, n × d: n ≥ 2 finite rows of which at least two differ
 * @param patterns   patterns drawn on exactly these points ({@link ActivationPatterns#sample})
 * @param activation the hidden activation
 * @param beta       the weight decay β &gt; 0 (sum normalisation)
 */
public record MultivariateProgram(Matrix points, ActivationPatterns patterns, Activation activation,
                                  double beta) {
    public MultivariateProgram {
        Checks.require(points != null, "points must be given");
        Checks.require(patterns != null, "patterns must be given");
        Checks.require(activation != null, "activation must be given");
        Checks.positive("beta", beta);
        ActivationPatterns.requireData(points);
        if (points.cols() != patterns.dimension()) {
            throw new IllegalArgumentException("points have " + points.cols()
                    + " columns, patterns were drawn in dimension " + patterns.dimension());
        }
        Checks.sameSize("points rows (the patterns' n)", patterns.size(), points.rows());
        if (patterns.count() == 0) {
            throw new IllegalArgumentException("patterns must hold at least 1 pattern: 0 of "
                    + patterns.gates() + " gates gave a non-empty one");
        }
        requireDrawnOn(points, patterns);
        points = points.copy();
    }

    private static void requireDrawnOn(Matrix x, ActivationPatterns patterns) {
        int d = x.cols();
        for (int p = 0; p < patterns.count(); p++) {
            double[] g = patterns.gate(p);
            for (int i = 0; i < x.rows(); i++) {
                double s = g[d];
                for (int c = 0; c < d; c++) {
                    s += x.get(i, c) * g[c];
                }
                if ((s > 0) != patterns.active(p, i)) {
                    throw new IllegalArgumentException("patterns must be drawn on these points:"
                            + " pattern " + p + " disagrees with its gate at row " + i);
                }
            }
        }
    }

    /** The data (a copy). */
    @Override
    public Matrix points() {
        return points.copy();
    }

    /** n. */
    public int size() {
        return points.rows();
    }

    /** d. */
    public int dimension() {
        return points.cols();
    }

    /** The same data and patterns at another β. */
    public MultivariateProgram withBeta(double newBeta) {
        return new MultivariateProgram(points, patterns, activation, newBeta);
    }

    @Override
    public String toString() {
        return "MultivariateProgram[n=" + size() + ", d=" + dimension() + ", patterns="
                + patterns.count() + ", activation=" + activation.label() + ", beta=" + beta + "]";
    }
}
