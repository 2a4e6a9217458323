package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.GradientDescent;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.ResolvedStep;
import org.scorekit.train.TrainingSettings;
import org.scorekit.train.TrainingListener;

/** The wide GD-trained network against the kernel predictor at the same η and τ (spec §8). */
class CouplingTest {
    private static final int STEPS = 40;
    private static final int SEEDS = 2;

    private final ScoreMatchingProblem problem = KernelTrainerTest.problem(10, 21);
    private final Matrix zTest = NtkFixtures.inputs(20, 3, Rng.of(22));
    private final KernelRegression kernel = KernelRegression.of(problem.z(), problem.y());
    private final double eta = 1.0 / kernel.lambdaMax();
    private final SpectralFilter filter = SpectralFilter.steps(eta, STEPS);

    /** RMS coupling error on {train, test}, averaged over SEEDS antisymmetric initialisations. */
    private double[] coupling(int width) {
        GradientDescent gd = new GradientDescent(TrainingSettings.of(width, true, STEPS)
                .withEvaluateEvery(STEPS), ResolvedStep.absolute(eta));
        Matrix kernelTrain = kernel.trainValues(filter);
        Matrix kernelTest = kernel.predict(zTest, filter);
        double[] error = new double[2];
        for (int s = 0; s < SEEDS; s++) {
            TwoLayerRelu net = gd.train(problem, Rng.of(100 + s).fork("w" + width),
                    TrainingListener.NONE).model();
            error[0] += rms(NtkFixtures.minus(net.forward(problem.z()), kernelTrain)) / SEEDS;
            error[1] += rms(NtkFixtures.minus(net.forward(zTest), kernelTest)) / SEEDS;
        }
        return error;
    }

    private static double rms(Matrix a) {
        return a.frobeniusNorm() / Math.sqrt(a.data().length);
    }

    @Test
    void couplingShrinksWithWidth() {
        // The coupling error is O(m^{-1/2}) (spec §8): a factor 16 in m predicts a factor 4.
        // The check asks for 2 on train and test inputs, and a wide-network error below 5% of
        // the kernel predictor's RMS (observed: ratios 3.1–3.6, 1.6%). This is a shape check
        // with fixed seeds, not a calibrated test: the error is not a sum of independent terms,
        // so no false-failure probability is derived; averaging SEEDS initialisations damps the
        // per-seed fluctuation of H(0) − K^∞ that drives it.
        double[] narrow = coupling(1 << 10);
        double[] wide = coupling(1 << 14);
        double scale = rms(kernel.trainValues(filter));
        for (int i = 0; i < 2; i++) {
            assertTrue(narrow[i] > 2 * wide[i], "narrow " + narrow[i] + " vs wide " + wide[i]);
            assertTrue(wide[i] < 0.05 * scale, "wide " + wide[i] + " vs scale " + scale);
        }
    }
}
