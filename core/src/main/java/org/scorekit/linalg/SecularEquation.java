package org.scorekit.linalg;

import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * Eigenvalues and eigenvectors of the rank-one modification D + ρ w w^T of a diagonal D with
 * distinct sorted poles δ_1 &lt; … &lt; δ_k (LAPACK's {@code dlaed3}, by fixed chunks): the roots
 * λ_j of the secular equation 1 + ρ Σ_i w_i² / (δ_i − λ) = 0 one by one with {@code dlaed4},
 * then w recomputed from the computed roots (Gu and Eisenstat's formula, which keeps the
 * eigenvectors orthogonal to working precision), ŵ_i² = Π_j (λ_j − δ_i) / Π_{j≠i} (δ_j − δ_i),
 * and the eigenvectors ŵ / (δ − λ_j), normalised.
 */
final class SecularEquation {
    private static final int CHUNK = 64;

    private SecularEquation() {
    }

    /**
     * Writes the roots into {@code roots[0 .. k)} and returns the k × k column-major
     * eigenvectors, rows permuted as dlaed3's {@code INDX} ({@code indx}, 1-based) asks.
     */
    static double[] solve(OpenBlasLibrary library, int k, double[] poles, double[] w,
                          double rho, double[] roots, int[] indx) {
        double[] q = new double[k * k];
        // Column j: δ_i − λ_j for every i (dlaed4's DELTA).
        Parallel.forEachChunk(Parallel.chunkCount(k, CHUNK), c -> {
            doubleW root = new doubleW(0);
            intW info = new intW(0);
            for (int j = c * CHUNK; j < Math.min(k, (c + 1) * CHUNK); j++) {
                library.lapack.dlaed4(k, j + 1, poles, 0, w, 0, q, j * k, rho, root, info);
                OpenBlasEigen.requireSuccess("dlaed4", info);
                roots[j] = root.val;
            }
        });
        if (k == 1) {
            return q;
        }
        if (k == 2) {
            // dlaed4 returns the normalised eigenvectors themselves here.
            for (int j = 0; j < 2; j++) {
                double first = q[j * 2];
                double second = q[1 + j * 2];
                q[j * 2] = indx[0] == 1 ? first : second;
                q[1 + j * 2] = indx[1] == 1 ? first : second;
            }
            return q;
        }
        double[] wHat = new double[k];
        Parallel.forEachChunk(Parallel.chunkCount(k, CHUNK), c -> {
            for (int i = c * CHUNK; i < Math.min(k, (c + 1) * CHUNK); i++) {
                double v = q[i + i * k];
                for (int j = 0; j < k; j++) {
                    if (j != i) {
                        v *= q[i + j * k] / (poles[i] - poles[j]);
                    }
                }
                wHat[i] = Math.copySign(Math.sqrt(-v), w[i]);
            }
        });
        Parallel.forEachChunk(Parallel.chunkCount(k, CHUNK), c -> {
            double[] s = new double[k];
            for (int j = c * CHUNK; j < Math.min(k, (c + 1) * CHUNK); j++) {
                for (int i = 0; i < k; i++) {
                    s[i] = wHat[i] / q[i + j * k];
                }
                double norm = library.blas.dnrm2(k, s, 0, 1);
                for (int i = 0; i < k; i++) {
                    q[i + j * k] = s[indx[i] - 1] / norm;
                }
            }
        });
        return q;
    }
}
