package org.scorekit.convex;

/**
 * The dual of the univariate programs and their certificate (spec/convex-score.md §3):
 * max_λ −½‖λ‖² subject to Σ_i λ_i = −q_c (free bias), Σ_i x_i λ_i = −q_v (skip) and
 * −λ_pos,j ≤ (Aᵀλ + q)_j ≤ λ_neg,j for every column, with the linear term q of the
 * {@link KinkDictionary} (score matching: q_c = 0, q_v = n, q_j = y_j); at the optimum
 * λ = M u*, the predicted scores at the data.
 */
final class DualPoint {
    private DualPoint() {
    }

    /**
     * The predicted scores r (sorted order) moved onto the equality constraints by the orthogonal
     * projection, so that only the column constraints can remain violated.
     */
    static double[] project(double[] r, KinkDictionary dictionary, boolean skip) {
        int n = r.length;
        double[] lambda = r.clone();
        double mean = 0;
        double centre = 0;
        for (int i = 0; i < n; i++) {
            mean += r[i];
            centre += dictionary.point(i);
        }
        mean = (mean + dictionary.freeLinear(0)) / n;
        centre /= n;
        double slope = 0;
        if (skip) {
            double moment = 0;
            double spread = 0;
            for (int i = 0; i < n; i++) {
                double d = dictionary.point(i) - centre;
                moment += d * r[i];
                spread += d * d;
            }
            slope = (moment + dictionary.freeLinear(1) - centre * dictionary.freeLinear(0)) / spread;
        }
        for (int i = 0; i < n; i++) {
            lambda[i] -= mean + slope * (dictionary.point(i) - centre);
        }
        return lambda;
    }

    /**
     * P(u) = ½‖M u‖² + qᵀu + Σ_j ρ_j(z_j), D(λ) = −½‖λ‖², and the largest violation of a
     * column constraint at λ.
     */
    static Certificate certify(KinkDictionary dictionary, double[] z, double bias, double skip,
                               double[] lambda, int iterations, boolean converged) {
        double primal = primal(dictionary, z, bias, skip);
        double dual = 0;
        for (double l : lambda) {
            dual -= 0.5 * l * l;
        }
        double[] g = new double[z.length];
        dictionary.correlate(lambda, g);
        double infeasibility = 0;
        for (int j = 0; j < g.length; j++) {
            double gj = g[j] + dictionary.linear(j);
            infeasibility = Math.max(infeasibility, Math.max(-dictionary.costPositive(j) - gj,
                    gj - dictionary.costNegative(j)));
        }
        return new Certificate(primal, dual, primal - dual, infeasibility, iterations, converged);
    }

    /** P(u) = ½‖M u‖² + qᵀu + Σ_j ρ_j(z_j), q_c c + q_v v included. */
    static double primal(KinkDictionary dictionary, double[] z, double bias, double skip) {
        int n = dictionary.size();
        double[] r = new double[n];
        dictionary.apply(z, r);
        double primal = dictionary.freeLinear(0) * bias + dictionary.freeLinear(1) * skip;
        for (int i = 0; i < n; i++) {
            double s = r[i] + bias + skip * dictionary.point(i);
            primal += 0.5 * s * s;
        }
        for (int j = 0; j < z.length; j++) {
            primal += dictionary.linear(j) * z[j] + dictionary.penalty(j, z[j]);
        }
        return primal;
    }
}
