package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class InputScalingTest {
    private static final ForwardProcess OU = new VpProcess(new ConstantSchedule(1.0));

    @Test
    void scaledMarginalHasMeanZeroAndUnitVariance() {
        // X0 ~ N(m, v I): X_t ~ N(α m, (α² v + h) I), so x̃ is standard normal at every t.
        double[] m = {3.0, -7.0};
        double v = 4.0;
        InputScaling s = new InputScaling(m, v, OU);
        int n = 20000;
        Rng rng = Rng.of(11);
        for (double t : new double[] {0.05, 1.0, 6.0}) {
            Matrix x0 = rng.fork("x0-" + t).gaussian(n, 2);
            Matrix noise = rng.fork("noise-" + t).gaussian(n, 2);
            double alpha = OU.alpha(t);
            double sd = Math.sqrt(OU.h(t));
            double[] sum = new double[2];
            double[] squares = new double[2];
            double[] z = new double[2];
            for (int i = 0; i < n; i++) {
                double[] xt = new double[2];
                for (int k = 0; k < 2; k++) {
                    xt[k] = alpha * (m[k] + 2 * x0.get(i, k)) + sd * noise.get(i, k);
                }
                s.apply(xt, 0, 2, t, z, 0);
                for (int k = 0; k < 2; k++) {
                    sum[k] += z[k];
                    squares[k] += z[k] * z[k];
                }
            }
            for (int k = 0; k < 2; k++) {
                // Standard errors 1/√n ≈ 0.007 and √(2/n) ≈ 0.01: 5 of them (false failure < 1e-5).
                assertEquals(0.0, sum[k] / n, 0.035, "mean at t = " + t);
                assertEquals(1.0, squares[k] / n, 0.05, "second moment at t = " + t);
            }
        }
    }

    @Test
    void noneCopiesAndBadArgumentsAreRejected() {
        double[] z = new double[2];
        InputScaling.NONE.apply(new double[] {1.5, -2}, 0, 2, 0.3, z, 0);
        assertArrayEquals(new double[] {1.5, -2}, z);
        assertThrows(IllegalArgumentException.class, () -> new InputScaling(new double[] {0}, 0, OU));
        assertThrows(IllegalArgumentException.class,
                () -> new InputScaling(new double[] {0}, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new InputMap(3,
                LogTimeEncoding.natural(), 1.0, new InputScaling(new double[] {0, 0}, 1, OU)));
    }

    @Test
    void spanningLogEncodingMapsTheWindowOntoMinusOneToOne() {
        LogTimeEncoding e = LogTimeEncoding.spanning(0.05, 7.5);
        assertEquals(-1.0, e.encode(0.05), 1e-12);
        assertEquals(1.0, e.encode(7.5), 1e-12);
        assertEquals(0.0, e.encode(Math.sqrt(0.05 * 7.5)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> LogTimeEncoding.spanning(1, 1));
    }
}
