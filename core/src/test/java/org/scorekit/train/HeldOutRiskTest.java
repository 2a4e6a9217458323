package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

class HeldOutRiskTest {

    @Test
    void isTheMeanSquaredDistancePerRow() {
        TwoLayerRelu net = TwoLayerRelu.initialize(20, 3, 2, false, Rng.of(1));
        Matrix z = Rng.of(2).gaussian(30, 3);
        Matrix target = Rng.of(3).gaussian(30, 2);
        Matrix f = net.forward(z);
        double s = 0;
        for (int i = 0; i < 30; i++) {
            for (int k = 0; k < 2; k++) {
                double r = f.get(i, k) - target.get(i, k);
                s += r * r;
            }
        }
        HeldOutRisk risk = new HeldOutRisk(TrainingHistory.VALIDATION_LOSS, z, target);
        assertEquals(s / 30, risk.evaluate(net), 1e-13 * s);
        assertEquals(TrainingHistory.VALIDATION_LOSS, risk.name());
        assertEquals(0.0, new HeldOutRisk("self", z, f).evaluate(net));
    }

    @Test
    void shapesAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new HeldOutRisk("r", Matrix.zeros(3, 3), Matrix.zeros(2, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> new HeldOutRisk("r", Matrix.zeros(0, 3), Matrix.zeros(0, 2)));
    }
}
