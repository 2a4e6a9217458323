package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.KernelSpectrum;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.ntk.RwyRule;
import org.scorekit.ntk.RwyStoppingRule;
import org.scorekit.random.Rng;

class SgdAdamTest {
    private static final int WIDTH = 64;
    private static final int N = 120;
    private final ScoreMatchingProblem problem = TrainingFixtures.problem(N, 41);
    private final TwoLayerRelu initial = TwoLayerRelu.initialize(WIDTH, 3, 2, true, Rng.of(42));
    private final HeldOutRisk fullLoss = new HeldOutRisk("train_mse", problem.z(), problem.y());

    private final ResolvedStep half = StepSize.relative(0.5).at(ReluNtk.lambdaMax(problem.z()));

    private static TrainingSettings settings(int steps, int every) {
        return new TrainingSettings(WIDTH, true, steps, every, List.of(), List.of(), 1e3);
    }

    private Sgd sgd(int batch, boolean shuffle, double decay, int steps) {
        return new Sgd(settings(steps, 1), half, decay, batch, shuffle);
    }

    private static Adam adam(double lr, double epsilon, int batch, int steps) {
        return new Adam(settings(steps, 10), lr, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, epsilon,
                batch, true);
    }

    private static final class Weights implements TrainingListener {
        final Map<Integer, double[]> byStep = new HashMap<>();

        @Override
        public void stepped(TrainingHistory.Entry entry, TwoLayerRelu network) {
            byStep.put(entry.step(), network.firstLayerData().clone());
        }
    }

    @Test
    void fullBatchSgdIsGradientDescentStepForStep() {
        Weights gdWeights = new Weights();
        Weights sgdWeights = new Weights();
        TrainingResult<TwoLayerRelu> gd = new GradientDescent(settings(25, 1), half)
                .train(problem, initial, gdWeights);
        TrainingResult<TwoLayerRelu> s = sgd(N, false, 0.0, 25)
                .train(problem, initial, Rng.of(1), sgdWeights);
        for (int step = 0; step <= 25; step++) {
            assertArrayEquals(gdWeights.byStep.get(step), sgdWeights.byStep.get(step), "step " + step);
            assertEquals(gd.history().at(step).trainLoss(), s.history().at(step).trainLoss());
            assertEquals((double) step * N,
                    s.history().at(step).evaluation(TrainingHistory.SAMPLE_GRADIENTS));
        }
        assertArrayEquals(gd.model().firstLayerData(), s.model().firstLayerData());
        assertEquals(gd.stepSize(), s.stepSize());
    }

    @Test
    void miniBatchSgdReducesTheLossAndIsDeterministic() {
        Sgd config = sgd(20, true, 0.1, 120);
        TrainingResult<TwoLayerRelu> a = config.train(problem, Rng.of(3), TrainingListener.NONE);
        TrainingResult<TwoLayerRelu> b = config.train(problem, Rng.of(3), TrainingListener.NONE);
        assertArrayEquals(a.model().firstLayerData(), b.model().firstLayerData());
        double before = fullLoss.evaluate(a.initial());
        double after = fullLoss.evaluate(a.model());
        assertTrue(after < 0.5 * before, "loss " + before + " -> " + after);
        assertEquals(120.0 * 20, a.history().last().evaluation(TrainingHistory.SAMPLE_GRADIENTS));
        TrainingResult<TwoLayerRelu> c = config.train(problem, initial, Rng.of(4), TrainingListener.NONE);
        TrainingResult<TwoLayerRelu> d = config.train(problem, initial, Rng.of(5), TrainingListener.NONE);
        assertTrue(c.model().firstLayerData()[0] != d.model().firstLayerData()[0],
                "other batch streams must give other iterates");
    }

    @Test
    void batchLossIsScaledToTheFullSum() {
        // Batch = N with shuffling visits every row once per step: the scaled loss is exact.
        TrainingResult<TwoLayerRelu> r = sgd(N, true, 0.0, 0).train(problem, initial, Rng.of(6),
                TrainingListener.NONE);
        double full = 0.5 * N * fullLoss.evaluate(initial);
        assertEquals(full, r.history().at(0).trainLoss(), 1e-12 * full);
    }

    @Test
    void adamFirstStepIsTheLearningRateTimesTheGradientSign() {
        double lr = 1e-3;
        TrainingResult<TwoLayerRelu> r = new Adam(settings(1, 1), lr, 0.9, 0.999, 0.0, N, false)
                .train(problem, initial, Rng.of(7), TrainingListener.NONE);
        double[] g = new double[initial.firstLayerData().length];
        new FusedGradient(problem.z(), problem.y(), WIDTH).compute(initial, g);
        double[] w0 = initial.firstLayerData();
        double[] w1 = r.model().firstLayerData();
        int moved = 0;
        for (int i = 0; i < g.length; i++) {
            assertEquals(-lr * Math.signum(g[i]), w1[i] - w0[i], 1e-12, "entry " + i);
            moved += g[i] != 0 ? 1 : 0;
        }
        assertTrue(moved > g.length / 2, "most entries must have a non-zero gradient");
        assertTrue(Double.isNaN(r.stepSizeRelative()));
    }

    @Test
    void adamReducesTheLossAndIsDeterministic() {
        Adam config = adam(0.02, Adam.DEFAULT_EPSILON, 30, 150);
        TrainingResult<TwoLayerRelu> a = config.train(problem, Rng.of(8), TrainingListener.NONE);
        TrainingResult<TwoLayerRelu> b = config.train(problem, Rng.of(8), TrainingListener.NONE);
        assertArrayEquals(a.model().firstLayerData(), b.model().firstLayerData());
        double before = fullLoss.evaluate(a.initial());
        double after = fullLoss.evaluate(a.model());
        assertTrue(after < 0.5 * before, "loss " + before + " -> " + after);
        assertEquals(150.0 * 30, a.history().last().evaluation(TrainingHistory.SAMPLE_GRADIENTS));
    }

    @Test
    void stoppingRulesApplyToStochasticTrainers() {
        RwyStoppingRule rule = new RwyStoppingRule(
                RwyRule.of(KernelSpectrum.of(problem.z()), half.eta(), 0.03));
        assertTrue(rule.tauHat() > 0 && rule.tauHat() < 1000, "tau " + rule.tauHat());
        Sgd config = new Sgd(settings(1000, 1).withEarlyStopping(List.of(rule)), half, 0.0, 20,
                true);
        TrainingResult<TwoLayerRelu> r = config.train(problem, Rng.of(9), TrainingListener.NONE);
        assertEquals(RwyStoppingRule.NAME, r.stopReason().kind());
        assertEquals(rule.tauHat(), r.stopReason().selectedStep());
    }

    @Test
    void invalidConfigurationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> sgd(0, true, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> sgd(10, true, -1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> sgd(N + 1, true, 0, 1).train(problem, Rng.of(1), TrainingListener.NONE));
        assertThrows(IllegalArgumentException.class, () -> adam(0, 1e-8, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Adam(settings(1, 1), 1e-3, 1.0, 0.999,
                1e-8, 10, true));
        assertThrows(IllegalArgumentException.class, () -> new Adam(settings(1, 1), 1e-3, 0.9, 0.999,
                -1, 10, true));
    }
}
