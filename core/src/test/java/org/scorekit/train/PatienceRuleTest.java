package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatienceRuleTest {

    /** A history with the given evaluation values at steps 0, k, 2k, … and losses in between. */
    private static TrainingHistory history(int every, double... values) {
        TrainingHistory h = new TrainingHistory();
        for (int i = 0; i < values.length; i++) {
            for (int s = 0; s < every; s++) {
                int step = i * every + s;
                Map<String, Double> v = s == 0 ? Map.of(TrainingHistory.VALIDATION_LOSS, values[i]) : Map.of();
                h.add(TrainingHistoryTest.entry(step, 10.0 - 0.01 * step, v));
            }
        }
        return h;
    }

    @Test
    void firesAfterPatienceNonImprovingEvaluationsAndSelectsTheBest() {
        PatienceRule rule = PatienceRule.validation(3);
        assertEquals(Optional.empty(), rule.check(history(2, 5, 4, 3, 3.5, 3.2)));
        Optional<StopReason> r = rule.check(history(2, 5, 4, 3, 3.5, 3.2, 3.1));
        assertTrue(r.isPresent());
        assertEquals("validation", r.get().kind());
        assertEquals(4, r.get().selectedStep());
        assertEquals(11, r.get().step());
        assertEquals(10.0 - 0.11, r.get().loss(), 1e-12);
    }

    @Test
    void ignoresStepsWithoutTheEvaluation() {
        TrainingHistory h = new TrainingHistory();
        h.add(TrainingHistoryTest.entry(0, 1, Map.of("other", 1.0)));
        h.add(TrainingHistoryTest.entry(1, 1, Map.of()));
        assertEquals(Optional.empty(), PatienceRule.validation(1).check(h));
    }

    @Test
    void smallImprovementsDoNotResetPatienceButTheBestStepIsTheMinimum() {
        // 10 → 5 is a > 10% improvement; 4.9, 4.8, 4.7 improve by less than 10% each, so
        // patience 3 runs out at the last one. The selected step is the smallest value's,
        // which is the step whose weights gradient descent keeps.
        PatienceRule rule = new PatienceRule("validation", TrainingHistory.VALIDATION_LOSS, 3, 0.1);
        TrainingHistory h = history(1, 10, 5, 4.9, 4.8);
        assertEquals(Optional.empty(), rule.check(h));
        StopReason r = rule.check(history(1, 10, 5, 4.9, 4.8, 4.7)).orElseThrow();
        assertEquals(4, r.selectedStep());
        assertEquals(history(1, 10, 5, 4.9, 4.8, 4.7).argmin(TrainingHistory.VALIDATION_LOSS).getAsInt(),
                r.selectedStep());
        // A significant improvement resets the count.
        assertEquals(Optional.empty(), rule.check(history(1, 10, 5, 4.9, 4.8, 4.0, 3.9)));
    }

    @Test
    void namesAndValidation() {
        assertEquals(TrainingHistory.ORACLE_RISK, PatienceRule.oracle(2).evaluation());
        assertEquals("oracle", PatienceRule.oracle(2).name());
        assertEquals(Optional.of(TrainingHistory.VALIDATION_LOSS),
                PatienceRule.validation(2).monitoredEvaluation());
        assertThrows(IllegalArgumentException.class, () -> PatienceRule.validation(0));
        assertThrows(IllegalArgumentException.class,
                () -> new PatienceRule("v", TrainingHistory.VALIDATION_LOSS, 2, -0.1));
    }
}
