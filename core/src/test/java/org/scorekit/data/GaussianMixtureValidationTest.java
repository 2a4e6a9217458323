package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** Unit tests: every bad argument is rejected with a message naming the field and expectation. */
class GaussianMixtureValidationTest {
    private static final double[] TWO = {0.5, 0.5};
    private static final double[][] MEANS = {{0, 0}, {1, 1}};
    private static final double[][][] COVS = {identity(), identity()};

    static Stream<Arguments> badMixtures() {
        return Stream.of(
                bad("weights must be given", () -> GaussianMixture.of(null, MEANS, COVS)),
                bad("weights must be non-empty",
                        () -> GaussianMixture.of(new double[0], MEANS, COVS)),
                bad("weights must sum to 1 (within 1e-9): 0.97",
                        () -> GaussianMixture.of(new double[] {0.5, 0.47}, MEANS, COVS)),
                bad("weights[0] must be positive: -0.1",
                        () -> GaussianMixture.of(new double[] {-0.1, 1.1}, MEANS, COVS)),
                bad("weights[1] must be positive: 0.0",
                        () -> GaussianMixture.of(new double[] {1.0, 0.0}, MEANS, COVS)),
                bad("weights[1] must be finite: NaN",
                        () -> GaussianMixture.of(new double[] {0.5, Double.NaN}, MEANS, COVS)),
                bad("means must be given", () -> GaussianMixture.of(TWO, null, COVS)),
                bad("means has 1 rows, expected 2 (one per weight)",
                        () -> GaussianMixture.of(TWO, new double[][] {{0, 0}}, COVS)),
                bad("means[0] must have at least one entry",
                        () -> GaussianMixture.of(TWO, new double[][] {{}, {}}, COVS)),
                bad("means[1] has 3 entries, expected 2",
                        () -> GaussianMixture.of(TWO, new double[][] {{0, 0}, {1, 1, 1}}, COVS)),
                bad("means[1][0] must be finite: Infinity", () -> GaussianMixture.of(TWO,
                        new double[][] {{0, 0}, {Double.POSITIVE_INFINITY, 1}}, COVS)),
                bad("covariances must be given", () -> GaussianMixture.of(TWO, MEANS, null)),
                bad("covariances has 1 matrices, expected 2 (one per weight)",
                        () -> GaussianMixture.of(TWO, MEANS, new double[][][] {identity()})),
                bad("covariances[1] has 3 rows, expected 2", () -> GaussianMixture.of(TWO, MEANS,
                        new double[][][] {identity(), new double[3][2]})),
                bad("covariances[0][1] has 1 entries, expected 2", () -> GaussianMixture.of(TWO,
                        MEANS, new double[][][] {{{1, 0}, {0}}, identity()})),
                bad("covariances[1][0][1] must be finite: NaN", () -> GaussianMixture.of(TWO,
                        MEANS, new double[][][] {identity(), {{1, Double.NaN}, {0, 1}}})),
                bad("covariances[1] must be symmetric: entry (0,1) = 0.3 but (1,0) = 0.2",
                        () -> GaussianMixture.of(TWO, MEANS,
                                new double[][][] {identity(), {{1, 0.3}, {0.2, 1}}})),
                bad("covariances[1] must be positive semidefinite: smallest eigenvalue -0.5",
                        () -> GaussianMixture.of(TWO, MEANS,
                                new double[][][] {identity(), {{1, 0}, {0, -0.5}}})),
                bad("standardDeviations has 1 entries, expected 2 (one per weight)",
                        () -> GaussianMixture.isotropic(TWO, MEANS, new double[] {1})),
                bad("standardDeviations[1] must be non-negative and finite: -0.2",
                        () -> GaussianMixture.isotropic(TWO, MEANS, new double[] {1, -0.2})),
                bad("points[1] has 1 entries, expected 2",
                        () -> GaussianMixture.pointMasses(TWO, new double[][] {{0, 0}, {1}})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMixtures")
    void rejectsBadParametersWithFieldPathAndExpectation(String message, Runnable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsIndefiniteFullCovarianceWithItsSmallestEigenvalue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianMixture.of(TWO, MEANS,
                        new double[][][] {identity(), {{1, 2}, {2, 1}}}));
        String prefix = "covariances[1] must be positive semidefinite: smallest eigenvalue ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertEquals(-1.0, Double.parseDouble(e.getMessage().substring(prefix.length())), 1e-12);
    }

    static Stream<Arguments> badQueries() {
        GaussianMixture corners = BuiltinDistributions.corners4();
        Matrix x = Matrix.zeros(2, 2);
        double[] t = {0.5, 1.0};
        return Stream.of(
                bad("x has 3 columns, expected 2",
                        () -> corners.score(Matrix.zeros(2, 3), t, TestMixtures.ou())),
                bad("number of times: expected 2, got 3",
                        () -> corners.posteriorMean(x, new double[3], TestMixtures.ou())),
                bad("t[1] must be finite: NaN", () -> corners.logDensity(x,
                        new double[] {0.5, Double.NaN}, TestMixtures.ou())),
                bad("t[0] must make every C_k(t) = α²Σ_k + h I positive definite"
                        + " (h(t) > 0 when some Σ_k is singular): 0.0",
                        () -> corners.posteriorCovarianceTrace(x, new double[] {0.0, 1.0},
                                TestMixtures.ou())),
                bad("process must be given", () -> corners.score(x, t, null)),
                bad("x must be given", () -> corners.score(null, t, TestMixtures.ou())),
                bad("n must be non-negative: -1", () -> corners.sample(-1, Rng.of(1))),
                bad("rng must be given", () -> corners.sample(3, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void rejectsBadQueries(String message, Runnable query) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, query::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void acceptsRoundingWithinTolerancesAndRepairsIt() {
        double third = 1.0 / 3;
        double[][][] nearlySymmetric = {identity(), identity(),
            {{1, 0.3}, {0.3 * (1 + 1e-14), 1}}};
        GaussianMixture m = GaussianMixture.of(new double[] {third, third, third},
                new double[][] {{0, 0}, {1, 1}, {2, 2}}, nearlySymmetric);
        double[][] sigma = m.covariances()[2];
        assertEquals(sigma[0][1], sigma[1][0]);
        double sum = 0;
        for (double w : m.weights()) {
            sum += w;
        }
        assertEquals(1.0, sum, 1e-15);
    }

    @Test
    void copiesItsInputs() {
        double[] w = TWO.clone();
        double[][] mu = {{0, 0}, {1, 1}};
        GaussianMixture m = GaussianMixture.isotropic(w, mu, new double[] {1, 1});
        w[0] = 0.9;
        mu[1][0] = 7;
        m.means()[0][0] = 5;
        assertArrayEquals(new double[] {0.5, 0.5}, m.weights());
        assertArrayEquals(new double[] {0, 0}, m.means()[0]);
        assertArrayEquals(new double[] {1, 1}, m.means()[1]);
    }

    private static Arguments bad(String message, Runnable build) {
        return Arguments.of(message, build);
    }

    private static double[][] identity() {
        return new double[][] {{1, 0}, {0, 1}};
    }
}
