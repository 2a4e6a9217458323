package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** (M-gated) on the spec §11.3 setting: 40 noisy circle points, 200 Gaussian gates. */
class GatedFistaTest {
    private static final GatedFista.Options OPTIONS = new GatedFista.Options(100_000, 1e-9, 50,
            2000);
    private static Matrix x;
    private static ActivationPatterns patterns;

    @BeforeAll
    static void draw() {
        Rng rng = Rng.of(5);
        x = NoisyCircle.draw(40, rng.fork("data"));
        patterns = ActivationPatterns.sample(x, 200, rng.fork("gates"));
    }

    private static MultivariateResult solve(double beta, GatedFista.Options options) {
        return GatedFista.solve(new MultivariateProgram(x, patterns, Activation.RELU, beta),
                options);
    }

    private static MultivariateSolution optimum(double beta) {
        return assertInstanceOf(MultivariateResult.Optimum.class, solve(beta, OPTIONS)).solution();
    }

    @Test
    void patternCountIsOfTheSpecsOrder() {
        // §11.3 reports 103 distinct patterns for its draw; 200 gates on 40 points give ~100-130.
        assertTrue(patterns.count() >= 80 && patterns.count() <= 150, "P = " + patterns.count());
        assertEquals(40, patterns.largestActiveCount());
    }

    @Test
    void smallBetaIsUnboundedWithARecessionDirection() {
        for (double beta : new double[] {2, 5}) {
            MultivariateResult.Unbounded unbounded = assertInstanceOf(
                    MultivariateResult.Unbounded.class, solve(beta, OPTIONS));
            assertTrue(unbounded.threshold().lower() > beta, unbounded.toString());
            // §11.3: β_min lies between 0.25n and 0.5n on this kind of data.
            assertTrue(unbounded.threshold().lower() >= 0.2 * 40, unbounded.toString());
            assertTrue(unbounded.threshold().upper() <= 0.5 * 40, unbounded.toString());
        }
    }

    @Test
    void boundedRegimeIsSparseCertifiedAndRecovered() {
        MultivariateSolution twenty = optimum(20);
        MultivariateSolution thirty = optimum(30);
        for (MultivariateSolution s : new MultivariateSolution[] {twenty, thirty}) {
            Certificate c = s.certificate();
            assertTrue(c.converged() && c.gap() >= 0 && c.gap() <= 1e-9 * Math.abs(c.primal()),
                    c.toString());
            assertEquals(0, c.dualInfeasibility(), 1e-9);
            assertTrue(s.objective() < 0);
            // Sparse: far fewer units than the 2P singular values available.
            assertTrue(s.network().width() > 0 && s.network().width() < patterns.count() / 2,
                    "width " + s.network().width());
            double network = GatedNetworkObjective.gated(s.network(), x, s.program().beta());
            assertEquals(s.objective(), network, 1e-9 * Math.abs(s.objective()));
            double[] predicted = new double[2 * x.rows()];
            new Arrangement(s.program()).predict(s.weights().data(), predicted);
            for (int k = 0; k < x.rows(); k++) {
                double[] value = s.network().value(x.row(k));
                assertEquals(predicted[2 * k], value[0], 1e-9 * (1 + Math.abs(value[0])));
                assertEquals(predicted[2 * k + 1], value[1], 1e-9 * (1 + Math.abs(value[1])));
            }
        }
        assertTrue(thirty.objective() > twenty.objective());
        assertTrue(thirty.network().width() < twenty.network().width());
    }

    @Test
    void betaAtTheLargestPatternGivesTheZeroScore() {
        MultivariateSolution s = optimum(40);
        assertEquals(0, s.objective());
        assertEquals(0, s.certificate().gap());
        assertEquals(0, s.network().width());
    }

    @Test
    void reportedGapBoundsTheDistanceToALongSolve() {
        MultivariateSolution loose = assertInstanceOf(MultivariateResult.Optimum.class,
                solve(30, new GatedFista.Options(100_000, 1e-3, 10, 2000))).solution();
        MultivariateSolution tight = assertInstanceOf(MultivariateResult.Optimum.class,
                solve(30, new GatedFista.Options(200_000, 1e-11, 50, 2000))).solution();
        double distance = loose.objective() - tight.objective();
        assertTrue(loose.certificate().gap() > 1e3 * tight.certificate().gap());
        assertTrue(distance <= loose.certificate().gap() + tight.certificate().gap(),
                distance + " vs gap " + loose.certificate().gap());
        assertTrue(distance >= -tight.certificate().gap(), Double.toString(distance));
        assertTrue(tight.certificate().dual() <= loose.objective());
    }

    @Test
    void absoluteValueProgramIsCertifiedAndRecovered() {
        MultivariateResult result = GatedFista.solve(
                new MultivariateProgram(x, patterns, Activation.ABSOLUTE_VALUE, 30), OPTIONS);
        MultivariateSolution s = assertInstanceOf(MultivariateResult.Optimum.class, result)
                .solution();
        assertTrue(s.certificate().gap() <= 1e-9 * Math.max(1, Math.abs(s.objective())));
        assertEquals(s.objective(), GatedNetworkObjective.gated(s.network(), x, 30),
                1e-9 * Math.max(1, Math.abs(s.objective())));
    }
}
