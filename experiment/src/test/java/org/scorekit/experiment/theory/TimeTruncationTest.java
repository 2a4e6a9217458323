package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class TimeTruncationTest {
    @Test
    void quickRunBearsOutEveryClaim() {
        ExperimentResult r = new TimeTruncation().run(new ExperimentOptions(true, 1, 20261201L),
                RunListener.NONE);
        assertEquals("time-truncation", r.experiment());
        for (ExperimentResult.Claim c : r.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
        ExperimentResult.Fit slope = r.fits().get(0);
        assertTrue(slope.value() < 0 && slope.value() > -3, "slope " + slope.value());
        assertEquals(3, r.tables().get(0).rows().size(), "three T0 values in quick mode");
    }

    @Test
    void sameSeedSameNumbers() {
        ExperimentOptions o = new ExperimentOptions(true, 1, 5L);
        ExperimentResult a = new TimeTruncation().run(o, RunListener.NONE);
        ExperimentResult b = new TimeTruncation().run(o, RunListener.NONE);
        for (int t = 0; t < a.tables().size(); t++) {
            for (int i = 0; i < a.tables().get(t).rows().size(); i++) {
                assertTrue(java.util.Arrays.equals(a.tables().get(t).rows().get(i),
                        b.tables().get(t).rows().get(i)), "row " + i + " of table " + t);
            }
        }
    }
}
