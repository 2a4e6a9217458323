package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.CosineSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.random.Rng;

class TimeStrataTest {
    @Test
    void splitsTheDrawsEvenlyAndPutsEachTimeInItsStratum() {
        TimeStrata design = TimeStrata.of(1.0, 3.0, 4, 10);
        assertEquals(4, design.strata());
        assertEquals(10, design.draws());
        double[] t = design.drawTimes(Rng.of(1));
        // counts 3, 3, 2, 2 over strata of width 0.5
        int[] stratumOf = {0, 0, 0, 1, 1, 1, 2, 2, 3, 3};
        for (int j = 0; j < t.length; j++) {
            double low = 1.0 + 0.5 * stratumOf[j];
            assertTrue(t[j] >= low && t[j] < low + 0.5, "draw " + j + " at " + t[j]);
        }
    }

    @Test
    void capsTheStrataSoThatEachHoldsTwoDraws() {
        assertEquals(3, TimeStrata.of(0.1, 1.0, 16, 7).strata());
        assertEquals(1, TimeStrata.of(0.1, 1.0, 16, 2).strata());
        assertThrows(IllegalArgumentException.class, () -> TimeStrata.of(0.1, 1.0, 4, 1));
    }

    @Test
    void theStratifiedMeanWeightsStrataEquallyWithTheStratifiedStandardError() {
        TimeStrata design = TimeStrata.of(0.0, 1.0, 2, 5);
        // stratum 0: {1, 2, 3} mean 2, var 1; stratum 1: {10, 12} mean 11, var 2
        Estimate e = design.mean(new double[] {1, 2, 3, 10, 12});
        assertEquals(6.5, e.value(), 1e-15);
        assertEquals(Math.sqrt((1.0 / 3 + 2.0 / 2) / 4), e.standardError(), 1e-15);
    }

    @Test
    void rejectsAWindowOutsideTheProcess() {
        VpProcess ou = new VpProcess(new ConstantSchedule(1.0));
        VpProcess cosine = new VpProcess(new CosineSchedule(0.008));
        assertEquals("timeMin must be positive and finite: 0.0", assertThrows(
                IllegalArgumentException.class,
                () -> TimeStrata.requireWindow(ou, 0.0, 1.0)).getMessage());
        assertEquals("timeMax must be greater than timeMin = 0.5: 0.5", assertThrows(
                IllegalArgumentException.class,
                () -> TimeStrata.requireWindow(ou, 0.5, 0.5)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TimeStrata.requireWindow(cosine, 0.05, 1.5));
    }
}
