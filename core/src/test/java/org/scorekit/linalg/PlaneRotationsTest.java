package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;

/** Deferred, tiled rotations give bit-for-bit the result of applying each one at once. */
class PlaneRotationsTest {
    @Test
    void tiledReplayMatchesImmediateApplicationExactly() {
        // n = 150 spans three column tiles (the last one partial); 2000 rotations overflow
        // the queue (capacity max(64, 8 n) = 1200), so a replay also happens mid-stream.
        int n = 150;
        Rng rng = Rng.of(67).fork("rotations");
        double[] w = rng.gaussian(n, n).data();
        double[] expected = w.clone();
        PlaneRotations rotations = new PlaneRotations(w, n);
        for (int r = 0; r < 2000; r++) {
            int i = rng.nextInt(n - 1);
            double angle = rng.uniform(0, 2 * Math.PI);
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            rotations.add(i, c, s);
            for (int k = 0; k < n; k++) {
                double x = expected[i * n + k];
                double y = expected[(i + 1) * n + k];
                expected[i * n + k] = c * x - s * y;
                expected[(i + 1) * n + k] = s * x + c * y;
            }
        }
        rotations.applyInPlace();
        assertFalse(Arrays.equals(rng.gaussian(n, n).data(), expected), "rotations did something");
        assertArrayEquals(expected, w, 0.0);
    }
}
