package org.scorekit.convex;

import org.scorekit.linalg.Svd;

/**
 * The certified lower bound of a {@link Threshold} (spec/convex-score.md §6.5): a block direction
 * Y is projected onto the null space of A: W ↦ Σ_i D̃_i X̃ W_i, R = Y − Aᵀz with A Aᵀ z = A Y
 * solved by conjugate gradients (A Aᵀ is positive semi-definite and A Y lies in its range). Then
 * Σ_i ⟨M_i(Λ), R_i⟩ = Σ_i tr(D̃_i)⟨E, R_i⟩ for every Λ, and ⟨M, R⟩ ≤ ‖M‖₂ ‖R‖_* gives
 * β_min ≥ Σ_i tr(D̃_i)⟨E, R_i⟩ / Σ_i ‖R_i‖_*.
 */
final class RecessionDirection {
    private static final double TOLERANCE = 1e-13;

    private RecessionDirection() {
    }

    /** The bound from the direction y (P × (d + 1)d); 0 when it certifies nothing. */
    static double lowerBound(Arrangement arrangement, double[] y) {
        double[] r = project(arrangement, y);
        int q = arrangement.dimension() + 1;
        double nuclear = 0;
        for (int i = 0; i < arrangement.count(); i++) {
            nuclear += Svd.of(q, arrangement.dimension(), r, i * arrangement.blockSize())
                    .nuclearNorm();
        }
        return nuclear > 0 ? Math.max(0, arrangement.traceTerm(r) / nuclear) : 0;
    }

    /** y − Aᵀz, the component of y in the null space of A. */
    static double[] project(Arrangement arrangement, double[] y) {
        int size = arrangement.rows() * arrangement.dimension();
        double[] residual = new double[size];
        arrangement.predict(y, residual);
        double target = Arrangement.dot(residual, residual);
        double[] z = new double[size];
        double[] direction = residual.clone();
        double[] blocks = new double[y.length];
        double[] image = new double[size];
        double norm = target;
        for (int iteration = 0; iteration < size && norm > TOLERANCE * TOLERANCE * target;
             iteration++) {
            arrangement.correlate(direction, blocks);
            arrangement.predict(blocks, image);
            double curvature = Arrangement.dot(direction, image);
            if (!(curvature > 0)) {
                break;
            }
            double step = norm / curvature;
            for (int m = 0; m < size; m++) {
                z[m] += step * direction[m];
                residual[m] -= step * image[m];
            }
            double next = Arrangement.dot(residual, residual);
            for (int m = 0; m < size; m++) {
                direction[m] = residual[m] + (next / norm) * direction[m];
            }
            norm = next;
        }
        arrangement.correlate(z, blocks);
        double[] r = y.clone();
        for (int m = 0; m < r.length; m++) {
            r[m] -= blocks[m];
        }
        return r;
    }
}
