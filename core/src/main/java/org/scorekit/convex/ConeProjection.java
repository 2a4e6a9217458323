package org.scorekit.convex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorekit.linalg.Cholesky;
import org.scorekit.linalg.Matrix;

/**
 * Euclidean projection onto the cone C_i = {v ∈ R^{d+1} : (2D_i − I) X̃ v ≥ 0} of the neurons
 * that realise pattern i (spec/convex-score.md §6.4). By Moreau's decomposition
 * Π_C(h) = h + K_iᵀ μ* with K_i = (2D_i − I) X̃ and μ* = argmin_{μ ≥ 0} ½‖h + K_iᵀ μ‖², a
 * non-negative least-squares problem in n variables with d + 1 equations, solved by Lawson and
 * Hanson's active-set method (Solving Least Squares Problems, 1974, ch. 23), whose passive set
 * never exceeds the d + 1 independent rows it can hold (with all d + 1 the projection is the apex
 * 0). max_{v ∈ C, ‖v‖ ≤ 1} ⟨h, v⟩ = ‖Π_C(h)‖.
 */
final class ConeProjection {
    private static final double TOLERANCE = 1e-12;

    private ConeProjection() {
    }

    /** Π_{C_i}(h) for h ∈ R^{d+1}. */
    static double[] project(Arrangement arrangement, int pattern, double[] h) {
        int n = arrangement.rows();
        List<Integer> passive = new ArrayList<>();
        double[] mu = new double[n];
        double[] v = h.clone();
        double floor = TOLERANCE * Math.max(1, Math.sqrt(Arrangement.dot(h, h)));
        for (int round = 0; round < 10 * n; round++) {
            int entering = mostViolated(arrangement, pattern, passive, v, floor);
            if (entering < 0) {
                break;
            }
            passive.add(entering);
            settle(arrangement, pattern, passive, mu, h, floor);
            if (passive.size() == h.length) {
                // d + 1 independent rows with K_p v = 0 leave only the apex; rounding in v
                // would otherwise let a dependent (d + 2)-th row enter.
                return new double[h.length];
            }
            v = h.clone();
            for (int k : passive) {
                for (int j = 0; j < h.length; j++) {
                    v[j] += mu[k] * side(arrangement, k, pattern) * arrangement.lifted(k, j);
                }
            }
        }
        return v;
    }

    /** The row outside the passive set whose constraint v violates most, −1 if none by floor. */
    private static int mostViolated(Arrangement arrangement, int pattern, List<Integer> passive,
                                    double[] v, double floor) {
        int entering = -1;
        double steepest = floor;
        for (int k = 0; k < arrangement.rows(); k++) {
            double violation = -row(arrangement, pattern, k, v);
            if (violation > steepest && !passive.contains(k)) {
                steepest = violation;
                entering = k;
            }
        }
        return entering;
    }

    /**
     * Lawson-Hanson's inner loop: moves μ towards the passive rows' unconstrained minimiser,
     * stopping where a multiplier reaches 0 and dropping it, until the minimiser is positive.
     */
    private static void settle(Arrangement arrangement, int pattern, List<Integer> passive,
                               double[] mu, double[] h, double floor) {
        while (true) {
            double[] z = restricted(arrangement, pattern, passive, h, h.length);
            double step = 1;
            for (int m = 0; m < passive.size(); m++) {
                int k = passive.get(m);
                if (z[m] <= 0) {
                    step = Math.min(step, mu[k] / (mu[k] - z[m]));
                }
            }
            for (int m = 0; m < passive.size(); m++) {
                int k = passive.get(m);
                mu[k] += step * (z[m] - mu[k]);
            }
            if (step >= 1) {
                return;
            }
            for (int k : passive) {
                mu[k] = mu[k] <= floor ? 0 : mu[k];
            }
            passive.removeIf(k -> mu[k] == 0);
        }
    }

    /** ‖Π_{C_i}(h)‖. */
    static double norm(Arrangement arrangement, int pattern, double[] h) {
        double[] p = project(arrangement, pattern, h);
        return Math.sqrt(Arrangement.dot(p, p));
    }

    /** (K_i v)_k = (2D_i − I)[k, k] x̃_kᵀ v. */
    static double row(Arrangement arrangement, int pattern, int k, double[] v) {
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            sum += arrangement.lifted(k, j) * v[j];
        }
        return side(arrangement, k, pattern) * sum;
    }

    /** (2D_i − I)[k, k]: +1 on the pattern's active rows, −1 elsewhere. */
    static double side(Arrangement arrangement, int k, int pattern) {
        return arrangement.sign(k, pattern) > 0 ? 1 : -1;
    }

    /** argmin_z ‖h + Σ_m z_m K_{k_m}ᵀ‖ over the passive rows, by the normal equations. */
    private static double[] restricted(Arrangement arrangement, int pattern, List<Integer> passive,
                                       double[] h, int q) {
        int p = passive.size();
        Matrix normal = Matrix.zeros(p, p);
        double[] right = new double[p];
        double[][] rows = new double[p][q];
        for (int m = 0; m < p; m++) {
            int k = passive.get(m);
            double sign = side(arrangement, k, pattern);
            for (int j = 0; j < q; j++) {
                rows[m][j] = sign * arrangement.lifted(k, j);
            }
        }
        for (int a = 0; a < p; a++) {
            right[a] = -Arrangement.dot(rows[a], h);
            for (int b = 0; b < p; b++) {
                normal.set(a, b, Arrangement.dot(rows[a], rows[b]));
            }
        }
        Optional<Cholesky> factor = Cholesky.decompose(normal);
        return factor.orElseThrow(() -> new IllegalStateException(
                "cone projection: passive rows must stay independent")).solve(right);
    }
}
