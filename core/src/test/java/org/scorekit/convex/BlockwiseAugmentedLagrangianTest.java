package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** (M-relu-blockwise) on 20 noisy circle points with 60 gates. */
class BlockwiseAugmentedLagrangianTest {
    private static final Matrix X = NoisyCircle.draw(20, Rng.of(21));
    private static final ActivationPatterns PATTERNS = ActivationPatterns.sample(X, 60,
            Rng.of(22));

    private static MultivariateSolution optimum(MultivariateResult result) {
        return assertInstanceOf(MultivariateResult.Optimum.class, result).solution();
    }

    @Test
    void certifiedOptimumIsAboveTheGatedOneAndRecovered() {
        double beta = 12;
        MultivariateProgram program = new MultivariateProgram(X, PATTERNS, Activation.RELU, beta);
        MultivariateSolution blockwise = optimum(BlockwiseAugmentedLagrangian.solve(program));
        MultivariateSolution gated = optimum(GatedFista.solve(program));
        Certificate c = blockwise.certificate();
        assertTrue(c.converged() && c.gap() >= 0 && c.gap() <= 1e-6 * Math.abs(c.primal()),
                c.toString());
        assertTrue(blockwise.objective() < 0);
        // Every block-wise network is a gated network with the same patterns (gate = unit).
        assertTrue(blockwise.objective() >= gated.certificate().dual(), blockwise.objective()
                + " vs gated " + gated.objective());
        double network = GatedNetworkObjective.plain(blockwise.network(), X, beta);
        assertEquals(blockwise.objective(), network, 1e-6 * Math.abs(blockwise.objective()));
    }

    @Test
    void betaAtTheLargestPatternGivesTheZeroScore() {
        double beta = PATTERNS.largestActiveCount();
        MultivariateSolution s = optimum(BlockwiseAugmentedLagrangian.solve(
                new MultivariateProgram(X, PATTERNS, Activation.RELU, beta)));
        assertEquals(0, s.objective());
        assertEquals(0, s.network().width());
    }

    @Test
    void coneProjectionIsFeasibleAndOptimal() {
        MultivariateProgram program = new MultivariateProgram(X, PATTERNS, Activation.RELU, 1);
        Arrangement a = new Arrangement(program);
        Rng rng = Rng.of(23);
        for (int pattern = 0; pattern < a.count(); pattern += 7) {
            double[] h = new double[3];
            rng.fillGaussian(h);
            double[] p = ConeProjection.project(a, pattern, h);
            double[] member = ConeProjection.project(a, pattern, program.patterns().gate(pattern));
            double[] rest = {h[0] - p[0], h[1] - p[1], h[2] - p[2]};
            for (int k = 0; k < a.rows(); k++) {
                assertTrue(ConeProjection.row(a, pattern, k, p) >= -1e-12);
            }
            // Moreau: h − Π(h) is orthogonal to Π(h) and makes an obtuse angle with the cone.
            assertEquals(0, Arrangement.dot(rest, p), 1e-12);
            assertTrue(Arrangement.dot(rest, member) <= 1e-12);
        }
    }

    @Test
    void lagrangianGradientMatchesCentralDifferences() {
        MultivariateProgram program = new MultivariateProgram(X, PATTERNS, Activation.RELU, 1);
        Arrangement a = new Arrangement(program);
        NormalOperator normal = new NormalOperator(a);
        ConeLagrangian lagrangian = new ConeLagrangian(a, normal, 1, normal.lipschitz());
        double[] u = new double[2 * a.count() * a.blockSize()];
        Rng.of(24).fillGaussian(u);
        double[] gradient = new double[u.length];
        lagrangian.gradient(u, gradient);
        for (long seed = 25; seed < 30; seed++) {
            double[] direction = new double[u.length];
            Rng.of(seed).fillGaussian(direction);
            double h = 1e-6;
            double numeric = (value(a, lagrangian, u, direction, h)
                    - value(a, lagrangian, u, direction, -h)) / (2 * h);
            double analytic = Arrangement.dot(gradient, direction);
            assertEquals(analytic, numeric, 1e-6 * Math.abs(analytic));
        }
    }

    /** ½‖A(V − W)‖² + Σ tr(D̃_i)⟨E, V_i − W_i⟩ + (δ/2) Σ (−K_i v)_+² at zero multipliers. */
    private static double value(Arrangement a, ConeLagrangian lagrangian, double[] u,
                                double[] direction, double h) {
        int half = u.length / 2;
        double[] moved = new double[u.length];
        for (int m = 0; m < u.length; m++) {
            moved[m] = u[m] + h * direction[m];
        }
        double[] combined = new double[half];
        for (int m = 0; m < half; m++) {
            combined[m] = moved[m] - moved[half + m];
        }
        double[] s = new double[a.rows() * a.dimension()];
        a.predict(combined, s);
        double total = 0.5 * Arrangement.dot(s, s) + a.traceTerm(combined);
        for (int block = 0; block < 2 * a.count(); block++) {
            for (int c = 0; c < a.dimension(); c++) {
                double[] v = BlockwiseAugmentedLagrangian.column(moved, block * a.blockSize(),
                        a.dimension(), c);
                for (int k = 0; k < a.rows(); k++) {
                    double violation = Math.max(0,
                            -ConeProjection.row(a, block % a.count(), k, v));
                    total += 0.5 * lagrangian.penaltyWeight() * violation * violation;
                }
            }
        }
        return total;
    }
}
