package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class OptimizersTest {
    @Test
    void quickRunBearsOutEveryClaim() {
        ExperimentResult r = new Optimizers().run(new ExperimentOptions(true, 1, 20261201L),
                RunListener.NONE);
        assertEquals("optimizers", r.experiment());
        for (ExperimentResult.Claim c : r.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
        double[] first = r.tables().get(0).rows().get(0);
        for (int k = 3; k <= 5; k++) {
            assertEquals(first[2], first[k], 1e-12, "antisymmetric init: every curve starts at f = 0");
        }
        for (double[] row : r.tables().get(0).rows()) {
            for (double v : row) {
                assertTrue(Double.isFinite(v), "every curve is recorded at equal sample gradients");
            }
        }
    }

    @Test
    void sameSeedSameNumbers() {
        ExperimentOptions o = new ExperimentOptions(true, 1, 5L);
        TheoryResults.assertSameTables(new Optimizers().run(o, RunListener.NONE),
                new Optimizers().run(o, RunListener.NONE));
    }
}
