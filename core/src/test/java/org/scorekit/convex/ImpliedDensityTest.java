package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ImpliedDensityTest {
    private static double normalCdf(double z) {
        return NormalDistribution.of(0, 1).cumulativeProbability(z);
    }

    @Test
    void aLinearScoreImpliesItsGaussian() {
        double mu = 0.3;
        double tau = 0.7;
        PiecewiseLinearScore s = new PiecewiseLinearScore(new double[] {mu}, new double[] {0.0},
                -1 / (tau * tau), -1 / (tau * tau));
        ImpliedDensity p = ImpliedDensity.of(s).orElseThrow();
        for (double x : new double[] {-1.5, 0.0, 0.3, 1.1, 2.4}) {
            double z = (x - mu) / tau;
            double exact = Math.exp(-0.5 * z * z) / (tau * Math.sqrt(2 * Math.PI));
            assertEquals(exact, p.density(x), 1e-9 * exact);
            // erfc of the test kit is accurate to 1.2e-7 relative.
            assertEquals(normalCdf(z), p.cdf(x), 3e-7);
        }
        assertEquals(mu, p.moment(1), 1e-9);
        assertEquals(tau * tau + mu * mu, p.moment(2), 1e-9);
    }

    @Test
    void aHuberScoreImpliesGaussianLaplace() {
        // s = −x on [−1, 1], −sign(x) outside: p ∝ e^{−x²/2} inside, e^{½ − |x|} outside.
        PiecewiseLinearScore s = new PiecewiseLinearScore(new double[] {-1, 1},
                new double[] {1, -1}, 0, 0);
        assertTrue(s.proper());
        ImpliedDensity p = ImpliedDensity.of(s).orElseThrow();
        // z carries the 1.2e-7 relative error of the test kit's erfc.
        double z = Math.sqrt(2 * Math.PI) * (normalCdf(1) - normalCdf(-1)) + 2 * Math.exp(-0.5);
        assertEquals(1 / z, p.density(0), 3e-7 / z);
        assertEquals(Math.exp(-2.5) / z, p.density(3), 3e-7 * Math.exp(-2.5) / z);
        assertEquals(p.density(0) * Math.exp(-2.5), p.density(3), 1e-9 * p.density(3));
        assertEquals(Math.exp(-0.5) / z, p.cdf(-1), 1e-6);
        assertEquals(0.5, p.cdf(0), 1e-9);
        double[] grid = p.grid();
        assertTrue(Arrays.binarySearch(grid, -1.0) >= 0 && Arrays.binarySearch(grid, 1.0) >= 0);
    }

    @Test
    void anImproperScoreHasNoDensity() {
        double[] knots = {0, 1};
        assertTrue(ImpliedDensity.of(new PiecewiseLinearScore(knots, new double[] {1, -1}, -1, 0.5))
                .isEmpty());
        assertTrue(ImpliedDensity.of(new PiecewiseLinearScore(knots, new double[] {1, 0.2}, -1, 0))
                .isEmpty());
        assertTrue(ImpliedDensity.of(new PiecewiseLinearScore(knots, new double[] {-0.1, -1}, 0, -1))
                .isEmpty());
    }

    @Test
    void theConvexScoreOfTheReferenceDataIntegratesToOne() {
        UnivariateSolution s = ActiveSetLassoTest.solve(ActiveSetLassoTest.REFERENCE,
                Activation.RELU, false, 1.0);
        PiecewiseLinearScore score = s.score();
        for (double x : ActiveSetLassoTest.REFERENCE) {
            assertEquals(s.value(x), score.value(x), 1e-12);
        }
        ImpliedDensity p = ImpliedDensity.of(score).orElseThrow();
        double[] grid = p.grid();
        double[] density = p.densities();
        double mass = 0;
        for (int i = 1; i < grid.length; i++) {
            mass += 0.5 * (density[i] + density[i - 1]) * (grid[i] - grid[i - 1]);
        }
        assertEquals(1.0, mass, 1e-3);
        for (double k : score.knots()) {
            assertTrue(Arrays.binarySearch(grid, k) >= 0, "knot " + k + " on the grid");
        }
    }

    @Test
    void rejectsKnotsOutOfOrder() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new PiecewiseLinearScore(
                        new double[] {1, 1}, new double[] {0, 0}, -1, -1));
        assertEquals("knots must be strictly increasing: knots[1] = 1.0 after 1.0", e.getMessage());
    }
}
