package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepSizeTest {

    @Test
    void relativeStepsAreInUnitsOfOneOverLambdaMax() {
        assertEquals(0.5 / 164.0, StepSize.relative(0.5).resolve(164.0), 1e-18);
        assertEquals(0.01, StepSize.absolute(0.01).resolve(164.0));
    }

    @Test
    void nonPositiveOrNonFiniteStepsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> StepSize.relative(0));
        assertThrows(IllegalArgumentException.class, () -> StepSize.absolute(-1));
        assertThrows(IllegalArgumentException.class, () -> StepSize.absolute(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> StepSize.relative(Double.POSITIVE_INFINITY));
    }
}
