package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaxStepsTest {

    @Test
    void firesAtTheBudget() {
        TrainingHistory h = new TrainingHistory();
        MaxSteps rule = new MaxSteps(2);
        h.add(TrainingHistoryTest.entry(0, 3, Map.of()));
        assertEquals(Optional.empty(), rule.check(h));
        h.add(TrainingHistoryTest.entry(1, 2, Map.of()));
        assertEquals(Optional.empty(), rule.check(h));
        h.add(TrainingHistoryTest.entry(2, 1, Map.of()));
        StopReason r = rule.check(h).orElseThrow();
        assertEquals("max-steps", r.kind());
        assertEquals(2, r.step());
        assertEquals(2, r.selectedStep());
        assertEquals(1.0, r.loss());
        assertFalse(r.isDivergence());
        assertEquals(Optional.empty(), rule.monitoredEvaluation());
    }

    @Test
    void zeroBudgetFiresAtOnceAndNegativeIsRejected() {
        TrainingHistory h = new TrainingHistory();
        h.add(TrainingHistoryTest.entry(0, 3, Map.of()));
        assertTrue(new MaxSteps(0).check(h).isPresent());
        assertThrows(IllegalArgumentException.class, () -> new MaxSteps(-1));
    }

    @Test
    void stopReasonFactories() {
        assertTrue(StopReason.diverged(3, Double.NaN).isDivergence());
        assertEquals("diverged", StopReason.diverged(3, 1e9).kind());
        StopReason early = StopReason.early("oracle", 9, 0.5, 4);
        assertEquals(4, early.selectedStep());
        assertEquals(9, early.step());
        assertFalse(early.isDivergence());
    }
}
