package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class NtkRegimeTest {
    @Test
    void quickRunShowsTheInverseSquareRootCoupling() {
        ExperimentResult r = new NtkRegime().run(new ExperimentOptions(true, 4, 20261201L),
                RunListener.NONE);
        for (ExperimentResult.Claim c : r.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
        assertEquals(5, r.fits().size(), "one slope per diagnostic");
        for (ExperimentResult.Fit f : r.fits()) {
            assertTrue(f.value() < 0, f.name() + " = " + f.value() + " should decrease with width");
        }
    }
}
