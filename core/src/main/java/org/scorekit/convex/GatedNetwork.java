package org.scorekit.convex;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * A two-layer score network with gated hidden units (spec/convex-score.md §1, §6.2):
 * s(x) = Σ_j σ'(g_jᵀ x̃) (u_jᵀ x̃) α_j with x̃ = [x; 1], σ'(z) = 1{z &gt; 0} for ReLU and sign(z)
 * for the absolute value. With g_j = u_j this is the plain network Σ_j σ(u_jᵀ x̃) α_j; a gated
 * network's Jacobian is Σ_j σ'(g_jᵀ x̃) α_j w_jᵀ (w_j the first d entries of u_j), and its weight
 * decay (β/2) Σ_j (‖u_j‖² + ‖α_j‖²).
 *
 * @param activation σ
 * @param gates      g_j, m × (d + 1)
 * @param weights    u_j = [w_j; b_j], m × (d + 1)
 * @param outputs    α_j, m × d
 */
public record GatedNetwork(Activation activation, Matrix gates, Matrix weights, Matrix outputs) {
    public GatedNetwork {
        Checks.require(activation != null, "activation must be given");
        Checks.sameSize("gate rows", weights.rows(), gates.rows());
        Checks.sameSize("output rows", weights.rows(), outputs.rows());
        Checks.sameSize("gate columns", weights.cols(), gates.cols());
        Checks.sameSize("weight columns (d + 1)", outputs.cols() + 1, weights.cols());
    }

    /** m, the number of hidden units. */
    public int width() {
        return weights.rows();
    }

    /** s(x) ∈ R^d for x ∈ R^d. */
    public double[] value(double[] x) {
        int d = outputs.cols();
        Checks.sameSize("x length", d, x.length);
        double[] s = new double[d];
        for (int j = 0; j < width(); j++) {
            double factor = activation.derivative(affine(gates, j, x)) * affine(weights, j, x);
            for (int c = 0; c < d; c++) {
                s[c] += factor * outputs.get(j, c);
            }
        }
        return s;
    }

    private static double affine(Matrix m, int j, double[] x) {
        double sum = m.get(j, x.length);
        for (int c = 0; c < x.length; c++) {
            sum += m.get(j, c) * x[c];
        }
        return sum;
    }
}
