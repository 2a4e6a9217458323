package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorekit.ntk.NtkFixtures.close;
import static org.scorekit.ntk.NtkFixtures.minus;
import static org.scorekit.ntk.NtkFixtures.relativeError;
import static org.scorekit.ntk.NtkFixtures.times;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Cholesky;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

class KernelRegressionTest {
    private static final int N = 20;
    private static final int D = 3;
    private static final int OUT = 2;

    private final Rng rng = Rng.of(2024);
    private final Matrix z = NtkFixtures.inputs(N, D, rng.fork("train"));
    private final Matrix zTest = NtkFixtures.inputs(7, D, rng.fork("test"));
    private final Matrix y = rng.fork("labels").gaussian(N, OUT);

    private KernelRegression regression(boolean standardInit) {
        return standardInit
                ? KernelRegression.of(KernelSpectrum.of(z), y, TwoLayerRelu.initialize(64, D, OUT, false, rng.fork("net")))
                : KernelRegression.of(z, y);
    }

    private Matrix start(boolean standardInit, Matrix at) {
        return standardInit
                ? TwoLayerRelu.initialize(64, D, OUT, false, rng.fork("net")).forward(at)
                : Matrix.zeros(at.rows(), OUT);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void discreteClosedFormEqualsExplicitIteration(boolean standardInit) {
        KernelRegression kr = regression(standardInit);
        Matrix k = ReluNtk.gram(z);
        Matrix kTest = Grams.cross(zTest, z);
        double eta = 1.0 / kr.lambdaMax();
        Matrix u = start(standardInit, z);
        Matrix f = start(standardInit, zTest);
        int steps = 200;
        for (int s = 0; s < steps; s++) {
            Matrix r = minus(u, y);
            Matrix du = times(k, r);
            Matrix df = times(kTest, r);
            for (int i = 0; i < u.data().length; i++) {
                u.data()[i] -= eta * du.data()[i];
            }
            for (int i = 0; i < f.data().length; i++) {
                f.data()[i] -= eta * df.data()[i];
            }
        }
        SpectralFilter filter = SpectralFilter.steps(eta, steps);
        assertTrue(relativeError(kr.trainValues(filter), u) < 1e-10);
        assertTrue(relativeError(kr.predict(zTest, filter), f) < 1e-10);
        Matrix residual = minus(u, y);
        assertEquals(0.5 * Math.pow(residual.frobeniusNorm(), 2), kr.trainLoss(filter),
                1e-10 * kr.trainLoss(filter));
        assertEquals(times(k, residual).frobeniusNorm(), kr.gradientNorm(filter),
                1e-8 * kr.gradientNorm(filter));
    }

    @Test
    void gradientFlowIsTheSmallStepLimit() {
        KernelRegression kr = regression(false);
        double time = 3.0 / kr.lambdaMax();
        Matrix flow = kr.predict(zTest, SpectralFilter.flow(time));
        double previous = Double.NaN;
        for (int steps = 25; steps <= 200; steps *= 2) {
            Matrix gd = kr.predict(zTest, SpectralFilter.steps(time / steps, steps));
            double error = minus(gd, flow).frobeniusNorm();
            if (!Double.isNaN(previous)) {
                double ratio = previous / error;
                // First order in η: halving η halves the gap.
                assertTrue(ratio > 1.7 && ratio < 2.3, "ratio " + ratio);
            }
            previous = error;
        }
        assertTrue(previous < 1e-2 * flow.frobeniusNorm());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void ridgeEqualsCholeskySolve(boolean standardInit) {
        KernelRegression kr = regression(standardInit);
        double lambda = 0.05;
        Matrix k = ReluNtk.gram(z);
        for (int i = 0; i < N; i++) {
            k.set(i, i, k.get(i, i) + lambda);
        }
        Cholesky chol = Backends.current().cholesky(k).orElseThrow();
        Matrix alpha = chol.solve(minus(y, start(standardInit, z)));
        Matrix expected = times(Grams.cross(zTest, z), alpha);
        Matrix f0 = start(standardInit, zTest);
        for (int i = 0; i < expected.data().length; i++) {
            expected.data()[i] += f0.data()[i];
        }
        assertTrue(relativeError(kr.predict(zTest, SpectralFilter.ridge(lambda)), expected) < 1e-10);
    }

    @Test
    void interpolantReproducesTheLabels() {
        KernelRegression kr = regression(true);
        assertTrue(kr.lambdaMin() > 0);
        assertTrue(relativeError(kr.predict(z, SpectralFilter.interpolant()), y) < 1e-6);
        Matrix alpha = kr.coefficients(SpectralFilter.interpolant());
        Matrix target = minus(y, start(true, z));
        assertTrue(relativeError(times(ReluNtk.gram(z), alpha), target) < 1e-10);
    }

    @Test
    void standardInitStartsAtTheNetwork() {
        KernelRegression kr = regression(true);
        SpectralFilter zero = SpectralFilter.steps(0.01, 0);
        assertTrue(relativeError(kr.predict(zTest, zero), start(true, zTest)) < 1e-14);
        assertTrue(relativeError(kr.trainValues(zero), start(true, z)) < 1e-14);
        assertTrue(kr.predict(zTest, zero).frobeniusNorm() > 0.1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void predictorMatchesDirectPrediction(boolean standardInit) {
        KernelRegression kr = regression(standardInit);
        SpectralPredictor predictor = kr.predictor(zTest);
        double eta = 1.0 / kr.lambdaMax();
        for (int steps : new int[] {0, 1, 10, 100}) {
            SpectralFilter filter = SpectralFilter.steps(eta, steps);
            assertTrue(close(predictor.predict(filter), kr.predict(zTest, filter), 1e-12));
        }
        assertTrue(relativeError(predictor.predict(SpectralFilter.ridge(0.1)),
                kr.predict(zTest, SpectralFilter.ridge(0.1))) < 1e-12);
    }

    @Test
    void crossKernelOfTheTrainingInputsIsTheGram() {
        Matrix cross = Grams.cross(z, z);
        // The diagonal goes through arccos of a rounded cosine of 1 (ReluNtk.kappa: ~1e-8).
        assertTrue(relativeError(cross, ReluNtk.gram(z)) < 1e-7);
        assertEquals(7, Grams.cross(zTest, z).rows());
        assertEquals(N, Grams.cross(zTest, z).cols());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> KernelRegression.of(z, Matrix.zeros(N - 1, OUT)));
        assertThrows(IllegalArgumentException.class, () -> SpectralFilter.steps(0.0, 3));
        assertThrows(IllegalArgumentException.class, () -> SpectralFilter.steps(0.1, -1));
        assertThrows(IllegalArgumentException.class, () -> SpectralFilter.ridge(0.0));
        assertThrows(IllegalArgumentException.class, () -> Grams.cross(z, Matrix.zeros(3, D + 1)));
        Matrix repeated = z.copy();
        System.arraycopy(z.data(), 0, repeated.data(), D, D);
        KernelRegression singular = KernelRegression.of(repeated, y);
        assertThrows(IllegalArgumentException.class,
                () -> singular.predict(zTest, SpectralFilter.interpolant()));
    }
}
