package org.scorekit.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.train.Precision;

class MlpPassTest {
    /** D = 5 (x̃ in R^3, c(t), b0), d = 3, h = 6, B = 2; c(t) over [−2, 1.5]. */
    private static final MlpShape SHAPE = new MlpShape(5, 3, 6, 2, 3, -2.0, 1.5);
    private static final int ROWS = 7;

    /** Every parameter drawn (the zero output layer of a fresh network would hide the rest). */
    private static double[] randomParameters(MlpShape shape, Rng rng) {
        double[] theta = new double[shape.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = 0.6 * rng.nextGaussian();
        }
        return theta;
    }

    private static Matrix inputs(MlpShape shape, int rows, Rng rng) {
        Matrix z = rng.gaussian(rows, shape.inputWidth());
        for (int i = 0; i < rows; i++) {
            z.set(i, shape.timeColumn(), rng.uniform(shape.timeLow(), shape.timeHigh()));
            z.set(i, shape.inputWidth() - 1, 1.0);
        }
        return z;
    }

    /** L(θ) = Σ_ik c_ik f_ik(z; θ): linear in the output, so ∂L/∂f = c. */
    private static double functional(double[] theta, Matrix z, double[] c) {
        MlpPass pass = new MlpPass(SHAPE, Precision.FLOAT64, ROWS);
        pass.forward(theta, z.data(), 0, ROWS);
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            s += c[i] * pass.output()[i];
        }
        return s;
    }

    /**
     * Central differences along random directions confined to each layer group in turn (so a
     * wrong block cannot hide behind a right one): SiLU and the embedding are smooth, so with
     * ε = 1e-5 the truncation error is O(ε²) ≈ 1e-10 and the rounding error about
     * 1e-16 / ε ≈ 1e-11, far inside the 1e-6 of STYLE.md.
     */
    @Test
    void backwardPassMatchesCentralDifferencesLayerByLayer() {
        Rng rng = Rng.of(3);
        double[] theta = randomParameters(SHAPE, rng.fork("theta"));
        Matrix z = inputs(SHAPE, ROWS, rng.fork("z"));
        double[] c = rng.fork("c").gaussian(ROWS, SHAPE.outputs()).data();
        MlpPass pass = new MlpPass(SHAPE, Precision.FLOAT64, ROWS);
        pass.forward(theta, z.data(), 0, ROWS);
        double[] gradient = new double[theta.length];
        pass.backwardInPlace(theta, c.clone(), gradient);
        int[] groups = {SHAPE.timeOffset(), SHAPE.inputOffset(), SHAPE.blockOffset(0),
            SHAPE.blockOffset(1), SHAPE.outputOffset(), SHAPE.parameterCount()};
        Rng directions = rng.fork("directions");
        for (int g = 0; g + 1 < groups.length; g++) {
            double[] v = new double[theta.length];
            for (int i = groups[g]; i < groups[g + 1]; i++) {
                v[i] = directions.nextGaussian();
            }
            double eps = 1e-5;
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            double analytic = 0;
            for (int i = 0; i < theta.length; i++) {
                plus[i] += eps * v[i];
                minus[i] -= eps * v[i];
                analytic += gradient[i] * v[i];
            }
            double numeric = (functional(plus, z, c) - functional(minus, z, c)) / (2 * eps);
            assertEquals(numeric, analytic, 1e-6 * Math.max(1, Math.abs(numeric)),
                    "layer group " + g);
        }
    }

    @Test
    void freshNetworkPredictsZeroAndItsLayoutFillsTheParameterVector() {
        ResidualMlp net = ResidualMlp.initialize(SHAPE, Precision.FLOAT64, Rng.of(5));
        Matrix out = net.forward(inputs(SHAPE, 300, Rng.of(6)));
        for (double v : out.data()) {
            assertEquals(0.0, v);
        }
        int h = SHAPE.width();
        assertEquals(SHAPE.outputOffset() + h * SHAPE.outputs() + SHAPE.outputs(),
                SHAPE.parameterCount());
        assertEquals(SHAPE.timeOffset() + MlpShape.TIME_FEATURES * h + h + h * h + h,
                SHAPE.inputOffset());
    }

    /**
     * float32 products carry relative errors of order 2^−24 √(inner dimension) per product; the
     * outputs here are O(1), so agreement to 1e-4 leaves two orders of margin and fails on any
     * layout or transpose difference between the two paths.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 255, 256, 700})
    void float32AgreesWithFloat64AcrossChunks(int rows) {
        double[] theta = randomParameters(SHAPE, Rng.of(8));
        Matrix z = inputs(SHAPE, rows, Rng.of(9));
        Matrix wide = ResidualMlp.of(SHAPE, theta, Precision.FLOAT64).forward(z);
        Matrix narrow = ResidualMlp.of(SHAPE, theta, Precision.FLOAT32).forward(z);
        double scale = Math.max(1, wide.frobeniusNorm() / Math.sqrt(wide.data().length));
        for (int i = 0; i < wide.data().length; i++) {
            assertEquals(wide.data()[i], narrow.data()[i], 1e-4 * scale, "entry " + i);
        }
    }

    @Test
    void chunkedForwardEqualsOneChunkPerRow() {
        double[] theta = randomParameters(SHAPE, Rng.of(10));
        Matrix z = inputs(SHAPE, 600, Rng.of(11));
        Matrix all = ResidualMlp.of(SHAPE, theta, Precision.FLOAT64).forward(z);
        MlpPass pass = new MlpPass(SHAPE, Precision.FLOAT64, 1);
        for (int i : new int[] {0, 255, 256, 599}) {
            pass.forward(theta, z.data(), i, 1);
            for (int k = 0; k < SHAPE.outputs(); k++) {
                assertEquals(all.get(i, k), pass.output()[k], 1e-12, "row " + i);
            }
        }
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MlpShape(5, 3, 0, 2, 3, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new MlpShape(5, 3, 6, 2, 5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new MlpShape(5, 3, 6, 2, 3, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ResidualMlp.of(SHAPE, new double[3], Precision.FLOAT64));
        double[] bad = new double[SHAPE.parameterCount()];
        bad[4] = Double.NaN;
        assertThrows(IllegalArgumentException.class,
                () -> ResidualMlp.of(SHAPE, bad, Precision.FLOAT64));
        assertTrue(SHAPE.position(SHAPE.timeHigh()) == MlpShape.TIME_SPAN);
    }
}
