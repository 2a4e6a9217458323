package org.scorekit.convex;

/**
 * The score-matching objective of a univariate network evaluated straight from spec §1, without
 * the solver's dictionary: Σ_i [s'(x_i) + ½ s(x_i)²] + (β/2) Σ_j (w_j² + α_j²) with
 * s'(x) = Σ_j α_j σ'(w_j x + b_j) w_j + v.
 */
final class NetworkObjective {
    private NetworkObjective() {
    }

    static double of(UnivariateNetwork network, double[] x, double beta) {
        double[] w = network.weights();
        double[] b = network.biases();
        double[] alpha = network.outputs();
        Activation sigma = network.activation();
        double total = 0;
        for (double xi : x) {
            double s = network.bias() + network.skip() * xi;
            double derivative = network.skip();
            for (int j = 0; j < w.length; j++) {
                double pre = w[j] * xi + b[j];
                s += alpha[j] * sigma.value(pre);
                derivative += alpha[j] * sigma.derivative(pre) * w[j];
            }
            total += derivative + 0.5 * s * s;
        }
        for (int j = 0; j < w.length; j++) {
            total += 0.5 * beta * (w[j] * w[j] + alpha[j] * alpha[j]);
        }
        return total;
    }
}
