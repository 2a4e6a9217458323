package org.scorekit.experiment.theory;

import org.scorekit.checks.Checks;
import org.scorekit.convex.GatedNetwork;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;

/**
 * A recovered gated network as a time-independent {@link ScoreModel}, and its score-matching
 * objective evaluated straight from spec/convex-score.md §1 and §6.2, without the solver:
 * Σ_i [tr J_s(x_i) + ½‖s(x_i)‖²] + (β/2) Σ_j (‖u_j‖² + ‖α_j‖²) with
 * tr J_s(x) = Σ_j σ'(g_jᵀ x̃) α_jᵀ w_j, x̃ = [x; 1], u_j = [w_j; b_j].
 *
 * @param network the network
 */
record GatedScore(GatedNetwork network) implements ScoreModel {
    @Override
    public int dimension() {
        return network.outputs().cols();
    }

    /** s at each row of x (n × d); t is ignored. */
    @Override
    public Matrix score(Matrix x, double[] t) {
        x.requireCols("x", dimension());
        Checks.sameSize("times per row", x.rows(), t.length);
        Matrix out = Matrix.zeros(x.rows(), dimension());
        for (int i = 0; i < x.rows(); i++) {
            double[] s = network.value(x.row(i));
            for (int c = 0; c < s.length; c++) {
                out.set(i, c, s[c]);
            }
        }
        return out;
    }

    /** The objective on the data x (n × d) at weight decay β. */
    double objective(Matrix x, double beta) {
        int d = dimension();
        Matrix gates = network.gates();
        Matrix weights = network.weights();
        Matrix outputs = network.outputs();
        double total = 0;
        for (int i = 0; i < x.rows(); i++) {
            double[] xi = x.row(i);
            double[] s = network.value(xi);
            for (int c = 0; c < d; c++) {
                total += 0.5 * s[c] * s[c];
            }
            for (int j = 0; j < network.width(); j++) {
                double gate = gates.get(j, d);
                for (int c = 0; c < d; c++) {
                    gate += gates.get(j, c) * xi[c];
                }
                double slope = network.activation().derivative(gate);
                for (int c = 0; c < d; c++) {
                    total += slope * outputs.get(j, c) * weights.get(j, c);
                }
            }
        }
        for (int j = 0; j < network.width(); j++) {
            for (int c = 0; c <= d; c++) {
                total += 0.5 * beta * weights.get(j, c) * weights.get(j, c);
            }
            for (int c = 0; c < d; c++) {
                total += 0.5 * beta * outputs.get(j, c) * outputs.get(j, c);
            }
        }
        return total;
    }
}
