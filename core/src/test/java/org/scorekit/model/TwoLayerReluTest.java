package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class TwoLayerReluTest {

    /** f_W(z) = (1/√m) Σ_r a_r relu(w_r·z) in plain loops (spec §5). */
    private static Matrix naiveForward(TwoLayerRelu net, Matrix z) {
        int m = net.width();
        int dim = net.inputDimension();
        int d = net.outputDimension();
        double[] w = net.firstLayerData();
        double[] a = net.outputLayerData();
        Matrix out = Matrix.zeros(z.rows(), d);
        for (int j = 0; j < z.rows(); j++) {
            for (int r = 0; r < m; r++) {
                double p = 0;
                for (int k = 0; k < dim; k++) {
                    p += w[r * dim + k] * z.get(j, k);
                }
                double q = Math.max(p, 0);
                for (int k = 0; k < d; k++) {
                    out.set(j, k, out.get(j, k) + a[r * d + k] * q / Math.sqrt(m));
                }
            }
        }
        return out;
    }

    /** Widths of one partial hidden-unit tile and of three tiles, the last partial. */
    @ParameterizedTest
    @ValueSource(ints = {50, 2 * TwoLayerRelu.HIDDEN_TILE + 30})
    void forwardEqualsTheNaiveLoopAcrossSeveralBlocks(int width) {
        Rng rng = Rng.of(21);
        int n = 2 * TwoLayerRelu.BLOCK_ROWS + 37;
        TwoLayerRelu net = TwoLayerRelu.initialize(width, 4, 3, false, rng.fork("init"));
        Matrix z = rng.fork("z").gaussian(n, 4);
        Matrix fast = net.forward(z);
        Matrix slow = naiveForward(net, z);
        assertEquals(n, fast.rows());
        assertEquals(3, fast.cols());
        for (int i = 0; i < slow.data().length; i++) {
            assertEquals(slow.data()[i], fast.data()[i], 1e-12 * (1 + Math.abs(slow.data()[i])),
                    "entry " + i);
        }
    }

    @Test
    void forwardOfNoRowsIsEmptyAndWrongWidthIsRejected() {
        TwoLayerRelu net = TwoLayerRelu.initialize(8, 3, 2, false, Rng.of(1));
        assertEquals(0, net.forward(Matrix.zeros(0, 3)).rows());
        assertThrows(IllegalArgumentException.class, () -> net.forward(Matrix.zeros(4, 2)));
    }

    @Test
    void initialisationDrawsGaussianWeightsAndSignsReproducibly() {
        TwoLayerRelu a = TwoLayerRelu.initialize(16, 3, 2, false, Rng.of(4));
        TwoLayerRelu b = TwoLayerRelu.initialize(16, 3, 2, false, Rng.of(4));
        assertArrayEquals(a.firstLayerData(), b.firstLayerData());
        assertArrayEquals(a.outputLayerData(), b.outputLayerData());
        for (double v : a.outputLayerData()) {
            assertTrue(v == 1.0 || v == -1.0);
        }
        double[] expected = new double[16 * 3];
        Rng.of(4).fork("first-layer").fillGaussian(expected);
        assertArrayEquals(expected, a.firstLayerData());
        TwoLayerRelu c = TwoLayerRelu.initialize(16, 3, 2, false, Rng.of(5));
        assertNotEquals(a.firstLayerData()[0], c.firstLayerData()[0]);
    }

    @Test
    void antisymmetricInitialisationMirrorsTheSecondHalf() {
        int m = 10;
        TwoLayerRelu net = TwoLayerRelu.initialize(m, 3, 2, true, Rng.of(6));
        double[] w = net.firstLayerData();
        double[] a = net.outputLayerData();
        for (int r = 0; r < m / 2; r++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(w[r * 3 + k], w[(r + m / 2) * 3 + k]);
            }
            for (int k = 0; k < 2; k++) {
                assertEquals(-a[r * 2 + k], a[(r + m / 2) * 2 + k]);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> TwoLayerRelu.initialize(7, 3, 2, true, Rng.of(6)));
    }

    @Test
    void ofCopiesTheWeightsAndValidatesThem() {
        Matrix w = Matrix.of(new double[][] {{1, -2}, {0.5, 3}, {-1, -1}});
        Matrix a = Matrix.of(new double[][] {{1}, {-1}, {1}});
        TwoLayerRelu net = TwoLayerRelu.of(w, a);
        assertEquals(3, net.width());
        assertEquals(2, net.inputDimension());
        assertEquals(1, net.outputDimension());
        w.set(0, 0, 100);
        assertEquals(1.0, net.firstLayer().get(0, 0));
        // z = (1, 1): pre-activations −1, 3.5, −2 → f = (0 − 3.5 + 0)/√3.
        Matrix f = net.forward(Matrix.of(new double[][] {{1, 1}}));
        assertEquals(-3.5 / Math.sqrt(3), f.get(0, 0), 1e-15);

        assertThrows(IllegalArgumentException.class,
                () -> TwoLayerRelu.of(w, Matrix.of(new double[][] {{1}, {0.5}, {1}})));
        assertThrows(IllegalArgumentException.class,
                () -> TwoLayerRelu.of(w, Matrix.of(new double[][] {{1}, {-1}})));
        assertThrows(IllegalArgumentException.class, () -> TwoLayerRelu.of(
                Matrix.of(new double[][] {{Double.NaN, 0}, {0, 0}, {0, 0}}), a));
        assertThrows(IllegalArgumentException.class,
                () -> TwoLayerRelu.of(Matrix.zeros(0, 2), Matrix.zeros(0, 1)));
    }

    @Test
    void firstLayerIsSharedButCopiesAreIndependent() {
        TwoLayerRelu net = TwoLayerRelu.initialize(6, 2, 1, false, Rng.of(9));
        TwoLayerRelu copy = net.copy();
        Matrix z = Matrix.of(new double[][] {{0.3, -0.4}});
        double before = net.forward(z).get(0, 0);
        for (int i = 0; i < net.firstLayerData().length; i++) {
            net.firstLayerData()[i] *= 2;
        }
        // relu is positively homogeneous: doubling W doubles f.
        assertEquals(2 * before, net.forward(z).get(0, 0), 1e-14);
        assertEquals(before, copy.forward(z).get(0, 0), 1e-15);
        net.firstLayer().data()[0] = 1e9;
        assertNotEquals(1e9, net.firstLayerData()[0]);
    }

    @Test
    void initializeRejectsNonPositiveSizes() {
        assertThrows(IllegalArgumentException.class, () -> TwoLayerRelu.initialize(0, 2, 1, false, Rng.of(1)));
        assertThrows(IllegalArgumentException.class, () -> TwoLayerRelu.initialize(4, 0, 1, false, Rng.of(1)));
        assertThrows(IllegalArgumentException.class, () -> TwoLayerRelu.initialize(4, 2, 0, false, Rng.of(1)));
    }
}
