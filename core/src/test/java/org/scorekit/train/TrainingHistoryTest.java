package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TrainingHistoryTest {

    static TrainingHistory.Entry entry(int step, double loss, Map<String, Double> values) {
        return new TrainingHistory.Entry(step, loss, loss, 0.0, values);
    }

    @Test
    void argminPicksTheFirstSmallestEvaluatedValue() {
        TrainingHistory h = new TrainingHistory();
        assertEquals(OptionalInt.empty(), h.argmin("v"));
        h.add(entry(0, 5, Map.of("v", 3.0)));
        h.add(entry(1, 4, Map.of()));
        h.add(entry(2, 3, Map.of("v", 1.0, "w", 9.0)));
        h.add(entry(5, 2, Map.of("v", 2.0)));
        h.add(entry(6, 1, Map.of("v", 1.0)));
        h.add(entry(7, 1, Map.of("v", Double.NaN)));
        assertEquals(OptionalInt.of(2), h.argmin("v"));
        assertEquals(OptionalInt.of(2), h.argmin("w"));
        assertEquals(OptionalInt.empty(), h.argmin("absent"));
    }

    @Test
    void atLastAndNames() {
        TrainingHistory h = new TrainingHistory();
        assertTrue(h.isEmpty());
        h.add(entry(0, 5, Map.of("b", 1.0)));
        h.add(entry(3, 4, Map.of("a", 2.0, "b", 0.5)));
        assertEquals(4, h.at(3).trainLoss());
        assertEquals(3, h.last().step());
        assertEquals(Double.NaN, h.at(0).evaluation("a"));
        assertEquals(List.of("b", "a"), h.evaluationNames());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.at(2));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void stepsMustIncrease() {
        TrainingHistory h = new TrainingHistory();
        h.add(entry(4, 1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> h.add(entry(4, 1, Map.of())));
        assertThrows(IllegalArgumentException.class, () -> h.add(entry(2, 1, Map.of())));
        assertEquals(1, h.entries().size());
    }

    @Test
    void entriesAndEvaluationsCannotBeChangedFromOutside() {
        Map<String, Double> values = new HashMap<>();
        values.put("v", 1.0);
        TrainingHistory.Entry e = entry(0, 1, values);
        values.put("v", 7.0);
        assertEquals(1.0, e.evaluation("v"));
        TrainingHistory h = new TrainingHistory();
        h.add(e);
        assertThrows(UnsupportedOperationException.class, () -> h.entries().clear());
        assertThrows(UnsupportedOperationException.class, () -> e.evaluations().put("w", 2.0));
    }
}
