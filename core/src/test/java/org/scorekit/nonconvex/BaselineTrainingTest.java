package org.scorekit.nonconvex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.convex.ActiveSetLasso;
import org.scorekit.convex.Activation;
import org.scorekit.convex.Certificate;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.convex.UnivariateResult;
import org.scorekit.random.Rng;

class BaselineTrainingTest {
    private static final UnivariateProgram SIMPLE = new UnivariateProgram(
            ScoreMatchingLossTest.REFERENCE, Activation.RELU, false, 4.0);

    @Test
    void adamReachesTheTwoKinkOptimumAndNeverGoesBelowIt() {
        // Spec §11.1: at β = 4 Adam (m = 50, lr 1e-2, 2·10⁴ steps) reaches −3.2761 on every seed.
        Certificate c = assertInstanceOf(UnivariateResult.Optimum.class,
                ActiveSetLasso.solve(SIMPLE)).solution().certificate();
        BaselineRun run = new BaselineTraining(new AdamRule(1e-2), 50, 20_000, 100)
                .train(SIMPLE, Rng.of(3));
        assertEquals(c.primal(), run.finalLoss(), 1e-3);
        assertFalse(run.diverged());
        assertFalse(run.dead());
        // Adam attains the linear-regime optimum to rounding: the bound allows 1e-12 relative.
        double bound = c.primal() - Math.abs(c.gap()) - 1e-12 * Math.abs(c.primal());
        for (double loss : run.losses()) {
            assertTrue(loss >= bound, "loss " + loss + " below the optimum, " + c);
        }
        assertEquals(0, run.steps()[0]);
        assertEquals(20_000, run.steps()[run.steps().length - 1]);
        assertEquals(201, run.losses().length, "steps 0, 100, ..., 20000");
    }

    @Test
    void gradientDescentAtALargeRateStopsAtTheFirstNonFiniteLoss() {
        BaselineRun run = new BaselineTraining(new GradientDescentRule(1.0), 50, 5_000, 1000)
                .train(SIMPLE, Rng.of(3));
        assertTrue(run.diverged());
        assertFalse(Double.isFinite(run.finalLoss()));
        assertTrue(Double.isFinite(run.lowestLoss()));
        assertTrue(run.steps()[run.steps().length - 1] < 5_000);
    }

    @Test
    void sameSeedSameCurveAndBadArgumentsAreRejected() {
        BaselineTraining gd = new BaselineTraining(new GradientDescentRule(1e-3), 10, 200, 7);
        assertArrayEquals(gd.train(SIMPLE, Rng.of(9)).losses(), gd.train(SIMPLE, Rng.of(9)).losses());
        assertThrows(IllegalArgumentException.class, () -> new BaselineTraining(null, 10, 200, 7));
        assertThrows(IllegalArgumentException.class,
                () -> new BaselineTraining(new AdamRule(1e-3), 0, 200, 7));
        assertThrows(IllegalArgumentException.class, () -> new GradientDescentRule(0.0));
        assertThrows(IllegalArgumentException.class, () -> new AdamRule(Double.NaN));
    }
}
