package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidationGainTest {
    @Test
    void theGainIsTheMeanPairedDifferenceWithItsStandardError() {
        // Differences 1, 2, 3, 6: mean 3, sample variance (4 + 1 + 0 + 9)/3 = 14/3, SE √(14/3/4).
        ValidationGain g = ValidationGain.of(new double[] {5, 5, 5, 10}, new double[] {4, 3, 2, 4});
        assertEquals(3.0, g.mean(), 1e-15);
        assertEquals(Math.sqrt(14.0 / 3 / 4), g.stdErr(), 1e-15);
        assertTrue(g.exceeds(2.0));
        assertFalse(g.exceeds(3.0));
    }

    @Test
    void noChangeIsNoGainAndOneRowHasNoError() {
        ValidationGain same = ValidationGain.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertEquals(0.0, same.mean());
        assertFalse(same.exceeds(3.0), "a zero gain never passes");
        assertFalse(ValidationGain.of(new double[] {2}, new double[] {1}).exceeds(3.0));
    }
}
