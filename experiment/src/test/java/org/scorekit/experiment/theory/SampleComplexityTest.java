package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class SampleComplexityTest {
    @Test
    void quickRunBearsOutEveryClaim() {
        ExperimentResult r = new SampleComplexity().run(new ExperimentOptions(true, 1, 20261201L),
                RunListener.NONE);
        assertEquals("sample-complexity", r.experiment());
        for (ExperimentResult.Claim c : r.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
        assertEquals(4, r.tables().get(1).rows().size(), "N = 2^7 .. 2^10 in quick mode");
        for (double[] row : r.tables().get(0).rows()) {
            assertTrue(row[5] <= row[4], "the oracle step is at least as good as tau_hat");
        }
        double slope = r.fits().get(1).value();
        assertTrue(slope < 0 && slope > -1, "oracle slope " + slope);
    }

    @Test
    void sameSeedSameNumbers() {
        ExperimentOptions o = new ExperimentOptions(true, 1, 5L);
        TheoryResults.assertSameTables(new SampleComplexity().run(o, RunListener.NONE),
                new SampleComplexity().run(o, RunListener.NONE));
    }
}
