package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

class FusedGradientTest {

    /** The unfused computation with explicit N × m matrices (spec §5 formula, relu'(0) = 1). */
    static double naive(TwoLayerRelu net, Matrix z, Matrix y, double[] grad) {
        int n = z.rows();
        int m = net.width();
        int dim = z.cols();
        int d = y.cols();
        double[] w = net.firstLayerData();
        double[] a = net.outputLayerData();
        double[][] pre = new double[n][m];
        double[][] f = new double[n][d];
        for (int j = 0; j < n; j++) {
            for (int r = 0; r < m; r++) {
                double s = 0;
                for (int k = 0; k < dim; k++) {
                    s += w[r * dim + k] * z.get(j, k);
                }
                pre[j][r] = s;
                for (int k = 0; k < d; k++) {
                    f[j][k] += a[r * d + k] * Math.max(s, 0) / Math.sqrt(m);
                }
            }
        }
        java.util.Arrays.fill(grad, 0);
        double loss = 0;
        for (int j = 0; j < n; j++) {
            double[] res = new double[d];
            for (int k = 0; k < d; k++) {
                res[k] = f[j][k] - y.get(j, k);
                loss += 0.5 * res[k] * res[k];
            }
            for (int r = 0; r < m; r++) {
                if (pre[j][r] < 0) {
                    continue;
                }
                double coef = 0;
                for (int k = 0; k < d; k++) {
                    coef += a[r * d + k] * res[k];
                }
                coef /= Math.sqrt(m);
                for (int k = 0; k < dim; k++) {
                    grad[r * dim + k] += coef * z.get(j, k);
                }
            }
        }
        return loss;
    }

    /** Gaussian Z (n × dim), Y (n × d) and a network, n = 2 chunks + {@code extra} rows. */
    record Problem(Matrix z, Matrix y, TwoLayerRelu net) {
        static Problem draw(long seed, int extra, int dim, int d, int width) {
            Rng rng = Rng.of(seed);
            int n = 2 * FusedGradient.BLOCK_ROWS * FusedGradient.BLOCKS_PER_CHUNK + extra;
            return new Problem(rng.fork("z").gaussian(n, dim), rng.fork("y").gaussian(n, d),
                    TwoLayerRelu.initialize(width, dim, d, false, rng.fork("init")));
        }
    }

    /** ‖x − reference‖ / ‖reference‖. */
    static double relativeError(double[] x, double[] reference) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < x.length; i++) {
            diff += (x[i] - reference[i]) * (x[i] - reference[i]);
            norm += reference[i] * reference[i];
        }
        return Math.sqrt(diff / norm);
    }

    /** Widths of one partial tile and of three tiles, the last partial (256 + 256 + 40). */
    @ParameterizedTest
    @ValueSource(ints = {24, 2 * FusedGradient.HIDDEN_TILE + 40})
    void fusedStepEqualsNaiveComputationAcrossSeveralChunks(int width) {
        assertFusedEqualsNaive(Problem.draw(11, 77, 4, 3, width));
    }

    /**
     * Wide inputs and outputs (min(D, d) above the tiling limit): each block is one tile of the
     * whole width, 552 hidden units, where narrow shapes use three.
     */
    @Test
    void wideShapeWorksEachBlockAtItsWholeWidth() {
        int width = 2 * FusedGradient.HIDDEN_TILE + 40;
        int dim = FusedGradient.TILED_DIMENSION_LIMIT + 2;
        int d = FusedGradient.TILED_DIMENSION_LIMIT + 1;
        assertEquals(width, FusedBlocks.tileWidth(width, dim, d));
        assertEquals(FusedGradient.HIDDEN_TILE, FusedBlocks.tileWidth(width, dim, d - 1));
        assertFusedEqualsNaive(Problem.draw(17, 77, dim, d, width));
    }

    /** Loss within 1e-12 relative, gradient within 1e-12 relative in the Euclidean norm. */
    private static void assertFusedEqualsNaive(Problem f) {
        int width = f.net().width();
        double[] fused = new double[width * f.z().cols()];
        double[] reference = new double[fused.length];
        double lossFused = new FusedGradient(f.z(), f.y(), width).compute(f.net(), fused);
        double lossNaive = naive(f.net(), f.z(), f.y(), reference);
        assertEquals(lossNaive, lossFused, 1e-12 * lossNaive);
        double relative = relativeError(fused, reference);
        assertTrue(relative <= 1e-12, "relative gradient error " + relative);
    }

    @Test
    void gradientMatchesCentralDifferences() {
        Rng rng = Rng.of(5);
        int n = 60;
        int m = 32;
        int dim = 3;
        Matrix z = rng.fork("z").gaussian(n, dim);
        Matrix y = rng.fork("y").gaussian(n, 2);
        TwoLayerRelu net = TwoLayerRelu.initialize(m, dim, 2, false, rng.fork("init"));
        FusedGradient kernel = new FusedGradient(z, y, m);
        double[] grad = new double[m * dim];
        kernel.compute(net, grad);
        Rng directions = rng.fork("directions");
        double eps = 1e-6;
        for (int trial = 0; trial < 5; trial++) {
            double[] v = new double[m * dim];
            directions.fillGaussian(v);
            // Keep the test point away from ReLU kinks: no activation may flip within ±eps·v.
            assertTrue(minMargin(net, z, v) > 10 * eps, "test point too close to a kink");
            double[] w = net.firstLayerData();
            double[] w0 = w.clone();
            for (int i = 0; i < w.length; i++) {
                w[i] = w0[i] + eps * v[i];
            }
            double plus = kernel.compute(net, new double[w.length]);
            for (int i = 0; i < w.length; i++) {
                w[i] = w0[i] - eps * v[i];
            }
            double minus = kernel.compute(net, new double[w.length]);
            System.arraycopy(w0, 0, w, 0, w.length);
            double numeric = (plus - minus) / (2 * eps);
            double analytic = 0;
            for (int i = 0; i < w.length; i++) {
                analytic += grad[i] * v[i];
            }
            assertEquals(analytic, numeric, 1e-6 * Math.abs(analytic),
                    "directional derivative, trial " + trial);
        }
    }

    /** min over (r, j) of |w_r·z_j| / |v_r·z_j|: how far the direction can go before a flip. */
    private static double minMargin(TwoLayerRelu net, Matrix z, double[] v) {
        double[] w = net.firstLayerData();
        int dim = z.cols();
        double margin = Double.POSITIVE_INFINITY;
        for (int j = 0; j < z.rows(); j++) {
            for (int r = 0; r < net.width(); r++) {
                double p = 0;
                double q = 0;
                for (int k = 0; k < dim; k++) {
                    p += w[r * dim + k] * z.get(j, k);
                    q += v[r * dim + k] * z.get(j, k);
                }
                margin = Math.min(margin, Math.abs(p) / Math.max(Math.abs(q), 1e-300));
            }
        }
        return margin;
    }

    @Test
    void antisymmetricInitialisationGivesTheZeroFunction() {
        Rng rng = Rng.of(3);
        TwoLayerRelu net = TwoLayerRelu.initialize(64, 3, 2, true, rng);
        Matrix f = net.forward(rng.fork("z").gaussian(50, 3));
        for (double v : f.data()) {
            assertEquals(0.0, v, 1e-12);
        }
    }

    @Test
    void rejectsANetworkOfAnotherWidth() {
        Rng rng = Rng.of(4);
        Matrix z = rng.fork("z").gaussian(10, 3);
        Matrix y = rng.fork("y").gaussian(10, 2);
        TwoLayerRelu wide = TwoLayerRelu.initialize(16, 3, 2, false, rng.fork("init"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new FusedGradient(z, y, 8).compute(wide, new double[16 * 3]));
    }

    @Test
    void reluDerivativeIsTheIndicatorOfNonNegativeArguments() {
        double[] nonNegative = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0.5, 1.0,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        for (double p : nonNegative) {
            assertEquals(1.0, FusedGradient.reluDerivative(p), "relu'(" + p + ")");
        }
        double[] negative = {-Double.MIN_VALUE, -Double.MIN_NORMAL, -1e-300, -0.5, -1.0,
            -Double.MAX_VALUE, Double.NEGATIVE_INFINITY};
        for (double p : negative) {
            assertEquals(0.0, FusedGradient.reluDerivative(p), "relu'(" + p + ")");
        }
        Rng rng = Rng.of(11);
        for (int i = 0; i < 10_000; i++) {
            double p = rng.nextGaussian() * Math.pow(10, 40 * rng.nextGaussian());
            assertEquals(p >= 0 ? 1.0 : 0.0, FusedGradient.reluDerivative(p), "relu'(" + p + ")");
        }
    }

    /**
     * float32 against float64 on a 3-chunk problem at width 600, three hidden-unit tiles of
     * which the last is partial (256 + 256 + 88): inputs round with relative error 2^-24 and
     * each product sums at most m = 600 terms, so the relative error of loss and gradient is of
     * order √600 · 2^-24 ≈ 1.5e-6; masks flipped by rounding change only terms with
     * |w^T z| ~ 1e-7 |w||z|. Tolerance 2e-5: above that ~13x, far below any real defect (a tile
     * read at a wrong offset gives errors of order 1).
     */
    @Test
    void float32KernelAgreesWithFloat64WithinSinglePrecisionRounding() {
        int width = 2 * FusedGradient.HIDDEN_TILE + 88;
        Problem f = Problem.draw(13, 301, 9, 8, width);
        double[] g64 = new double[width * 9];
        double[] g32 = new double[width * 9];
        double loss64 = new FusedGradient(f.z(), f.y(), width).compute(f.net(), g64);
        FusedGradient single = new FusedGradient(f.z(), f.y(), width, Precision.FLOAT32);
        double loss32 = single.compute(f.net(), g32);
        assertEquals(Precision.FLOAT32, single.precision());
        assertEquals(loss64, loss32, 2e-5 * loss64);
        double relative = relativeError(g32, g64);
        assertTrue(relative <= 2e-5, "relative gradient error " + relative);
        assertTrue(relative > 0, "float32 must really round");
    }

    @Test
    void float32ReluDerivativeIsTheIndicatorOfNonNegativeArguments() {
        float[] nonNegative = {0f, -0f, Float.MIN_VALUE, Float.MIN_NORMAL, 0.5f, Float.MAX_VALUE,
            Float.POSITIVE_INFINITY};
        for (float p : nonNegative) {
            assertEquals(1f, Float32Blocks.reluDerivative(p), "relu'(" + p + ")");
        }
        float[] negative = {-Float.MIN_VALUE, -Float.MIN_NORMAL, -0.5f, -Float.MAX_VALUE,
            Float.NEGATIVE_INFINITY};
        for (float p : negative) {
            assertEquals(0f, Float32Blocks.reluDerivative(p), "relu'(" + p + ")");
        }
    }
}
