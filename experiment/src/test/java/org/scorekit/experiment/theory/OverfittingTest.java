package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class OverfittingTest {
    @Test
    void quickRunShowsTheUShapeWhileTheTrainingLossFalls() {
        ExperimentResult r = new Overfitting().run(new ExperimentOptions(true, 1, 20261201L),
                RunListener.NONE);
        for (ExperimentResult.Claim c : r.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
    }
}
