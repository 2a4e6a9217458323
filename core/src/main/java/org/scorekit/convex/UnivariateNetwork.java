package org.scorekit.convex;

import org.scorekit.checks.Checks;

/**
 * A two-layer univariate score network s(x) = Σ_j α_j σ(w_j x + b_j) + c + v x
 * (spec/convex-score.md §1), recovered from a score-matching or a denoising solution by
 * {@link #recover}.
 *
 * @param activation σ
 * @param weights    w_j
 * @param biases     b_j
 * @param outputs    α_j
 * @param bias       the output bias c
 * @param skip       the skip weight v (0 without skip)
 */
public record UnivariateNetwork(Activation activation, double[] weights, double[] biases,
                                double[] outputs, double bias, double skip) {
    public UnivariateNetwork {
        Checks.require(activation != null, "activation must be given");
        Checks.sameSize("biases per neuron", weights.length, biases.length);
        Checks.sameSize("outputs per neuron", weights.length, outputs.length);
        weights = weights.clone();
        biases = biases.clone();
        outputs = outputs.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] biases() {
        return biases.clone();
    }

    @Override
    public double[] outputs() {
        return outputs.clone();
    }

    /** The width m. */
    public int width() {
        return weights.length;
    }

    /**
     * The network of spec §2.5 for a solution: per non-zero coefficient z on a column with kink
     * x_(k), w = ±√|z| (sign of the column's side; + for the absolute value), α = sign(z)√|z|,
     * b = −w t. The kink t is x_(k) on a β-charged side; on a (β − 1)-charged side it is moved by
     * {@code offset} outwards (ReLU: t = x_(k) ∓ offset; absolute value: t = x_(k) ± offset for
     * z ≷ 0) so that x_(k) itself is active with the lowering derivative. Neurons beyond the
     * non-zeros are zero (w = α = 0). The network's objective tends to the convex optimum as
     * offset → 0, with an O(offset) difference (§11: 10⁻¹, 10⁻², 10⁻⁴ give −6.156, −9.054, −9.343
     * against −9.346).
     *
     * @param width  m ≥ {@link UnivariateSolution#nonZeros()}
     * @param offset the one-sided shift ε &gt; 0, in units of x
     */
    public static UnivariateNetwork recover(UnivariateSolution solution, int width, double offset) {
        Checks.require(solution != null, "solution must be given");
        Checks.positive("offset", offset);
        return of(solution.expansion(), width, offset);
    }

    /**
     * The network of a DSM solution (spec §7): the same construction with every kink exactly at
     * its noisy point, since the regression has no derivative term and so no one-sided limit;
     * the network's DSM objective equals the convex optimum.
     *
     * @param width m ≥ {@link DenoisingSolution#nonZeros()}
     */
    public static UnivariateNetwork recover(DenoisingSolution solution, int width) {
        Checks.require(solution != null, "solution must be given");
        return of(solution.expansion(), width, 0.0);
    }

    private static UnivariateNetwork of(KinkExpansion expansion, int width, double offset) {
        if (width < expansion.nonZeros()) {
            throw new IllegalArgumentException("width must be at least the number of non-zeros "
                    + expansion.nonZeros() + ": " + width);
        }
        double[] z = expansion.coefficients();
        double[] kinks = expansion.kinks();
        boolean abs = expansion.activation() == Activation.ABSOLUTE_VALUE;
        double[] w = new double[width];
        double[] b = new double[width];
        double[] alpha = new double[width];
        int neuron = 0;
        for (int j = 0; j < z.length; j++) {
            if (z[j] == 0) {
                continue;
            }
            double root = Math.sqrt(Math.abs(z[j]));
            double side = abs || expansion.rightSided(j) ? 1.0 : -1.0;
            double t = kinks[expansion.kinkIndex(j)];
            if (abs) {
                t += Math.signum(z[j]) * offset;
            } else if (side * z[j] < 0) {
                t -= side * offset;
            }
            w[neuron] = side * root;
            alpha[neuron] = Math.signum(z[j]) * root;
            b[neuron] = -w[neuron] * t;
            neuron++;
        }
        return new UnivariateNetwork(expansion.activation(), w, b, alpha, expansion.bias(),
                expansion.skip());
    }

    /** s(x). */
    public double value(double x) {
        double s = bias + skip * x;
        for (int j = 0; j < weights.length; j++) {
            s += outputs[j] * activation.value(weights[j] * x + biases[j]);
        }
        return s;
    }
}
