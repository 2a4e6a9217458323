package org.scorekit.convex;

import org.scorekit.linalg.Matrix;

/**
 * The score-matching objective of spec §1 for a recovered multivariate network, evaluated
 * without the programs' operators: Σ_k [tr J_s(x_k) + ½‖s(x_k)‖²] + (β/2) Σ_j (‖u_j‖² + ‖α_j‖²),
 * with the d × d Jacobian J_s(x) = Σ_j σ'(g_jᵀ x̃) α_j w_jᵀ formed entry by entry.
 */
final class GatedNetworkObjective {
    private GatedNetworkObjective() {
    }

    /** With the network's gates: s(x) = Σ_j σ'(g_jᵀ x̃)(u_jᵀ x̃) α_j. */
    static double gated(GatedNetwork network, Matrix x, double beta) {
        return of(network, x, beta, network.gates());
    }

    /**
     * As a plain network s(x) = Σ_j σ(u_jᵀ x̃) α_j, whose Jacobian is Σ_j σ'(u_jᵀ x̃) α_j w_jᵀ
     * (the gates are ignored).
     */
    static double plain(GatedNetwork network, Matrix x, double beta) {
        return of(network, x, beta, network.weights());
    }

    private static double of(GatedNetwork network, Matrix x, double beta, Matrix gates) {
        Matrix u = network.weights();
        Matrix alpha = network.outputs();
        Activation sigma = network.activation();
        int d = x.cols();
        double total = 0;
        for (int k = 0; k < x.rows(); k++) {
            double[] s = new double[d];
            double[][] jacobian = new double[d][d];
            for (int j = 0; j < network.width(); j++) {
                double pre = affine(u, j, x, k);
                double slope = sigma.derivative(affine(gates, j, x, k));
                double value = gates == u ? sigma.value(pre) : slope * pre;
                for (int a = 0; a < d; a++) {
                    s[a] += value * alpha.get(j, a);
                    for (int b = 0; b < d; b++) {
                        jacobian[a][b] += slope * alpha.get(j, a) * u.get(j, b);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                total += jacobian[a][a] + 0.5 * s[a] * s[a];
            }
        }
        for (int j = 0; j < network.width(); j++) {
            double[] uj = u.row(j);
            double[] aj = alpha.row(j);
            total += 0.5 * beta * (Arrangement.dot(uj, uj) + Arrangement.dot(aj, aj));
        }
        return total;
    }

    private static double affine(Matrix m, int j, Matrix x, int k) {
        double sum = m.get(j, x.cols());
        for (int c = 0; c < x.cols(); c++) {
            sum += m.get(j, c) * x.get(k, c);
        }
        return sum;
    }
}
