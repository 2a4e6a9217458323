package org.scorekit.convex;

import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** The 2-D data of spec/convex-score.md §11.3: (cos θ, sin θ) + N(0, 0.05²), θ ~ U(0, 2π). */
final class NoisyCircle {
    private NoisyCircle() {
    }

    static Matrix draw(int n, Rng rng) {
        Matrix x = Matrix.zeros(n, 2);
        for (int i = 0; i < n; i++) {
            double theta = 2 * Math.PI * rng.nextDouble();
            x.set(i, 0, Math.cos(theta) + 0.05 * rng.nextGaussian());
            x.set(i, 1, Math.sin(theta) + 0.05 * rng.nextGaussian());
        }
        return x;
    }
}
