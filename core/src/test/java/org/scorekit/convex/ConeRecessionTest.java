package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** The unboundedness certificate of (M-relu-blockwise) on the fixture of its solver's test. */
class ConeRecessionTest {
    private static final Matrix X = NoisyCircle.draw(20, Rng.of(21));
    private static final ActivationPatterns PATTERNS = ActivationPatterns.sample(X, 60,
            Rng.of(22));
    private static final double SMALL = 0.5;

    private static MultivariateProgram program(double beta) {
        return new MultivariateProgram(X, PATTERNS, Activation.RELU, beta);
    }

    @Test
    void smallBetaIsUnboundedBelowTheGatedUpperBound() {
        MultivariateResult.Unbounded relu = assertInstanceOf(MultivariateResult.Unbounded.class,
                BlockwiseAugmentedLagrangian.solve(program(SMALL)));
        Threshold gated = GatedFista.solve(program(SMALL)).threshold();
        assertTrue(relu.threshold().lower() > SMALL, relu.toString());
        assertTrue(relu.threshold().lower() <= relu.threshold().upper(), relu.toString());
        // The ReLU program's feasible set lies inside the gated one: β_min(relu) ≤ β_min(gated).
        assertTrue(relu.threshold().lower() <= gated.upper(), relu + " vs gated " + gated);
    }

    @Test
    void boundedBetaStillGivesACertifiedOptimum() {
        MultivariateResult result = BlockwiseAugmentedLagrangian.solve(program(8));
        Certificate c = assertInstanceOf(MultivariateResult.Optimum.class, result).solution()
                .certificate();
        assertTrue(c.converged() && c.gap() >= 0, c.toString());
    }

    /** Regression: the cone search drove a projection into d + 2 dependent passive rows. */
    @Test
    void searchOnTheSpecsCircleDataDecidesWithoutFailing() {
        Rng rng = Rng.of(5);
        Matrix x = NoisyCircle.draw(40, rng.fork("data"));
        ActivationPatterns patterns = ActivationPatterns.sample(x, 200, rng.fork("gates"));
        MultivariateResult result = BlockwiseAugmentedLagrangian.solve(
                new MultivariateProgram(x, patterns, Activation.RELU, 1));
        Threshold t = result.threshold();
        assertTrue(result.optimum().isEmpty() && t.lower() > 0 && t.lower() <= t.upper(),
                result.toString());
    }

    /** Cones, null space and the objective along t(v, w), from the points and patterns alone. */
    @Test
    void directionIsACheckedRecessionDirection() {
        MultivariateProgram program = program(SMALL);
        Arrangement a = new Arrangement(program);
        NormalOperator normal = new NormalOperator(a);
        double lipschitz = normal.lipschitz();
        ThresholdSearch.Outcome outcome = ThresholdSearch.search(a, normal, SMALL, lipschitz,
                5000);
        ConeRecession.Direction direction = ConeRecession.search(program, a, lipschitz,
                outcome.anchor(), SMALL, 5000).orElseThrow();
        int count = PATTERNS.count();
        double[][][] v = new double[count][2][];
        double[][][] w = new double[count][2][];
        double trace = 0;
        double cost = 0;
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < 2; c++) {
                v[i][c] = new double[3];
                w[i][c] = new double[3];
                for (int j = 0; j < 3; j++) {
                    v[i][c][j] = direction.pairs()[i * 6 + j * 2 + c];
                    w[i][c][j] = direction.pairs()[(count + i) * 6 + j * 2 + c];
                }
                trace += PATTERNS.activeCount(i) * (v[i][c][c] - w[i][c][c]);
                cost += norm(v[i][c]) + norm(w[i][c]);
                for (int k = 0; k < X.rows(); k++) {
                    double side = PATTERNS.active(i, k) ? 1 : -1;
                    assertTrue(side * lifted(k, v[i][c]) >= -1e-12 * norm(v[i][c]));
                    assertTrue(side * lifted(k, w[i][c]) >= -1e-12 * norm(w[i][c]));
                }
            }
        }
        assertEquals(-trace / cost, direction.lower(), 1e-9 * direction.lower());
        assertTrue(direction.lower() > SMALL);
        double fitAtOne = fit(v, w);
        assertTrue(fitAtOne <= 1e-18 * cost * cost, "‖A(V − W)‖²/2 = " + fitAtOne);
        double slope = trace + SMALL * cost;
        double near = objective(v, w, 1, trace, cost);
        double far = objective(v, w, 1e3, trace, cost);
        double farther = objective(v, w, 1e6, trace, cost);
        assertTrue(slope < 0);
        assertEquals(slope, (far - near) / (1e3 - 1), 1e-6 * Math.abs(slope));
        assertEquals(slope, (farther - far) / (1e6 - 1e3), 1e-3 * Math.abs(slope));
    }

    /** ½ t² ‖Σ_i D_i X̃ (v_ic − w_ic)‖² + t (Σ n_i e_cᵀ(v_ic − w_ic) + β Σ (‖v_ic‖ + ‖w_ic‖)). */
    private static double objective(double[][][] v, double[][][] w, double t, double trace,
                                    double cost) {
        return t * t * fit(v, w) + t * (trace + SMALL * cost);
    }

    private static double fit(double[][][] v, double[][][] w) {
        double total = 0;
        for (int k = 0; k < X.rows(); k++) {
            for (int c = 0; c < 2; c++) {
                double s = 0;
                for (int i = 0; i < PATTERNS.count(); i++) {
                    if (PATTERNS.active(i, k)) {
                        s += lifted(k, v[i][c]) - lifted(k, w[i][c]);
                    }
                }
                total += 0.5 * s * s;
            }
        }
        return total;
    }

    private static double lifted(int k, double[] u) {
        return X.get(k, 0) * u[0] + X.get(k, 1) * u[1] + u[2];
    }

    private static double norm(double[] u) {
        return Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
    }
}
