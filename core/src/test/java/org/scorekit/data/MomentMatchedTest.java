package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;

class MomentMatchedTest {
    @Test
    void oneComponentWithTheSampleMeanAndUnbiasedCovariance() {
        Matrix x = Matrix.of(new double[][] {{0, 1}, {2, 1}, {4, 4}});
        GaussianMixture g = GaussianMixture.momentMatched(x);
        assertEquals(1, g.componentCount());
        assertArrayEquals(new double[] {2, 2}, g.mean(), 1e-15);
        // Deviations (−2, −1), (0, −1), (2, 2): sums of products over n − 1 = 2.
        assertArrayEquals(new double[] {4, 3}, g.covariance().row(0), 1e-15);
        assertArrayEquals(new double[] {3, 3}, g.covariance().row(1), 1e-15);
    }

    @Test
    void needsTwoSamples() {
        assertThrows(IllegalArgumentException.class,
                () -> GaussianMixture.momentMatched(Matrix.of(new double[][] {{1, 2}})));
    }
}
