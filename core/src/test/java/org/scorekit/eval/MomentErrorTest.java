package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class MomentErrorTest {
    private static final Matrix X = Matrix.of(new double[][] {{0, 0}, {2, 0}});
    private static final Matrix Y = Matrix.of(new double[][] {{1, 1}, {1, 3}});

    @Test
    void theMeanErrorIsTheDistanceBetweenMeans() {
        // means (1, 0) and (1, 2)
        assertEquals(2.0, MomentError.mean().compute(X, Y, Rng.of(1)), 1e-15);
    }

    @Test
    void theCovarianceErrorIsTheFrobeniusNormOfTheDifference() {
        // unbiased covariances diag(2, 0) and diag(0, 2): ‖diag(2, −2)‖_F = √8
        assertEquals(Math.sqrt(8), MomentError.covariance().compute(X, Y, Rng.of(1)), 1e-15);
    }

    @Test
    void theCovarianceErrorIsAccurateForOffsetData() {
        Matrix x = Rng.of(2).gaussian(500, 3);
        Matrix y = Rng.of(3).gaussian(400, 3);
        double centred = MomentError.covariance().compute(x, y, Rng.of(1));
        double offset = MomentError.covariance().compute(MmdTest.offset(x.copy(), 1e6),
                MmdTest.offset(y.copy(), 1e6), Rng.of(1));
        assertEquals(centred, offset, 1e-8);
    }
}
