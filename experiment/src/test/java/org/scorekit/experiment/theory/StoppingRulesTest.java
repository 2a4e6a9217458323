package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class StoppingRulesTest {
    @Test
    void quickRunBearsOutEveryClaim() {
        ExperimentResult r = new StoppingRules().run(new ExperimentOptions(true, 1, 20261201L),
                RunListener.NONE);
        assertEquals("stopping-rules", r.experiment());
        for (ExperimentResult.Claim c : r.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
        assertEquals(9, r.tables().get(0).rows().size(), "3 mixtures x 3 draws in quick mode");
        assertEquals(3, r.tables().get(2).rows().size(), "the network on the 3 corners4 draws");
        for (double[] row : r.tables().get(0).rows()) {
            assertTrue(row[6] >= 1 && row[7] >= 1, "no rule beats the oracle: " + Arrays.toString(row));
        }
        for (double[] row : r.tables().get(2).rows()) {
            assertTrue(row[5] >= 1 && row[6] >= 1, "no rule beats the network's oracle: " + Arrays.toString(row));
        }
    }

    @Test
    void sameSeedSameNumbers() {
        ExperimentOptions o = new ExperimentOptions(true, 1, 5L);
        TheoryResults.assertSameTables(new StoppingRules().run(o, RunListener.NONE),
                new StoppingRules().run(o, RunListener.NONE));
    }

    @Test
    void orderStatisticRanks() {
        assertEquals(0, Medians.lowerRank(5));
        assertEquals(2, Medians.lowerRank(9));
        assertEquals(10, Medians.lowerRank(30));
        Medians.Interval i = Medians.of(new double[] {9, 1, 8, 2, 7, 3, 6, 4, 5});
        assertEquals(5, i.median());
        assertEquals(2, i.low());
        assertEquals(8, i.high());
        assertTrue(Double.isNaN(Medians.of(new double[] {1, 2, 3}).low()), "no interval for n = 3");
    }
}
