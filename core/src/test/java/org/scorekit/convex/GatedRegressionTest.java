package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Svd;
import org.scorekit.random.Rng;

/**
 * The gated DSM program of spec §7 on the §11.3 circle: certified optimum, the recovered
 * network's regression objective evaluated without the program's operators, the gap as a bound
 * on the distance to a long solve, and the zero solution at large β.
 */
class GatedRegressionTest {
    private static final Matrix CIRCLE = NoisyCircle.draw(20, Rng.of(73).fork("circle"));

    private static GatedDenoisingProgram program(double beta) {
        return GatedDenoisingProgram.draw(CIRCLE, 0.3, 5, 60, Activation.RELU, beta,
                Rng.of(73).fork("dsm"));
    }

    /** ½ Σ_p ‖s(x̃_p) − t_p‖² + (β/2) Σ_j (‖u_j‖² + ‖α_j‖²), from the network alone. */
    private static double networkObjective(GatedNetwork network, GatedDenoisingProgram p) {
        Matrix x = p.gated().points();
        Matrix t = p.targets();
        double total = 0;
        for (int k = 0; k < x.rows(); k++) {
            double[] s = network.value(x.row(k));
            for (int c = 0; c < s.length; c++) {
                double r = s[c] - t.get(k, c);
                total += 0.5 * r * r;
            }
        }
        for (int j = 0; j < network.width(); j++) {
            double[] u = network.weights().row(j);
            double[] a = network.outputs().row(j);
            total += 0.5 * p.beta() * (Arrangement.dot(u, u) + Arrangement.dot(a, a));
        }
        return total;
    }

    /** max_i ‖X̃ᵀ D̃_i Λ‖₂, the dual constraint function (feasible when at most β). */
    private static double dualNorm(GatedDenoisingProgram p, Matrix lambda) {
        Arrangement arrangement = new Arrangement(p.gated());
        double[] blocks = new double[arrangement.count() * arrangement.blockSize()];
        arrangement.correlate(lambda.data(), blocks);
        double largest = 0;
        for (int i = 0; i < arrangement.count(); i++) {
            largest = Math.max(largest, Svd.of(3, 2, blocks, i * arrangement.blockSize())
                    .spectralNorm());
        }
        return largest;
    }

    @Test
    void theOptimumIsCertifiedAndTheRecoveredNetworkAttainsIt() {
        GatedDenoisingProgram p = program(2.0);
        GatedDenoisingSolution s = GatedRegression.solve(p);
        Certificate c = s.certificate();
        assertTrue(c.converged() && c.gap() <= 1e-8 * Math.abs(c.primal()), c.toString());
        assertTrue(dualNorm(p, s.dual()) <= p.beta() * (1 + 1e-12), "dual feasible");
        assertTrue(s.network().width() > 0, "a non-zero score at this beta");
        assertEquals(c.primal(), networkObjective(s.network(), p), 1e-8 * Math.abs(c.primal()));
        // The dual objective from the returned Λ alone: ⟨Λ, T⟩ − ½‖Λ‖².
        double[] lambda = s.dual().data();
        double[] t = p.targets().data();
        double dual = 0;
        for (int m = 0; m < t.length; m++) {
            dual += lambda[m] * t[m] - 0.5 * lambda[m] * lambda[m];
        }
        assertEquals(c.dual(), dual, 1e-10 * Math.abs(dual));
    }

    @Test
    void theGapOfAnEarlyStopBoundsItsDistanceToALongSolve() {
        GatedDenoisingProgram p = program(2.0);
        GatedDenoisingSolution rough = GatedRegression.solve(p,
                new GatedRegression.Options(100_000, 1e-3, 10));
        GatedDenoisingSolution exact = GatedRegression.solve(p,
                new GatedRegression.Options(200_000, 1e-12, 50));
        double distance = rough.objective() - exact.objective();
        assertTrue(distance >= -exact.certificate().gap(), "the long solve is at least as good");
        assertTrue(distance <= rough.certificate().gap(), distance + " > gap "
                + rough.certificate().gap());
        assertTrue(rough.certificate().gap() > exact.certificate().gap());
    }

    @Test
    void aBetaAboveEveryBlockOfTheTargetsGivesTheZeroScore() {
        // W = 0 is optimal iff Λ = T is dual feasible: β ≥ max_i ‖X̃ᵀ D̃_i T‖₂.
        double threshold = dualNorm(program(1.0), program(1.0).targets());
        GatedDenoisingSolution s = GatedRegression.solve(program(threshold * 1.001));
        assertEquals(0, s.network().width());
        double half = 0;
        for (double t : program(1.0).targets().data()) {
            half += 0.5 * t * t;
        }
        assertEquals(half, s.objective(), 1e-12 * half);
        assertEquals(0, s.certificate().gap(), 1e-9 * half);
        assertTrue(GatedRegression.solve(program(threshold * 0.9)).network().width() > 0);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GatedDenoisingProgram.draw(CIRCLE, 0,
                5, 60, Activation.RELU, 1.0, Rng.of(1)));
        assertThrows(IllegalArgumentException.class, () -> GatedDenoisingProgram.draw(CIRCLE,
                0.3, 0, 60, Activation.RELU, 1.0, Rng.of(1)));
        assertThrows(IllegalArgumentException.class, () -> GatedDenoisingProgram.draw(CIRCLE,
                0.3, 5, 60, Activation.RELU, -1.0, Rng.of(1)));
        GatedDenoisingProgram p = program(1.0);
        assertThrows(IllegalArgumentException.class,
                () -> new GatedDenoisingProgram(p.gated(), Matrix.zeros(3, 2)));
    }
}
