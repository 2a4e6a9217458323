package org.scorekit.bench;

import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** Score-matching inputs z = (x, t), x ~ N(0, I_{D−1}), t ~ U[0.05, 2], for the kernel timings. */
final class ScoreInputs {
    private ScoreInputs() {
    }

    /** N rows of dimension D from the streams "x" and "t" of {@code rng}. */
    static Matrix draw(int n, int dim, Rng rng) {
        Matrix z = Matrix.zeros(n, dim);
        Rng x = rng.fork("x");
        Rng t = rng.fork("t");
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < dim - 1; k++) {
                z.set(i, k, x.nextGaussian());
            }
            z.set(i, dim - 1, t.uniform(0.05, 2.0));
        }
        return z;
    }
}
