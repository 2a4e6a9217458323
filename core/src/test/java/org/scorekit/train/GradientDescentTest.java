package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;

class GradientDescentTest {
    private static final int WIDTH = 256;
    private final ScoreMatchingProblem problem = TrainingFixtures.problem(200, 11);
    private final double lambdaMax = ReluNtk.lambdaMax(problem.z());

    private GradientDescent gd(StepSize step, int maxSteps, int every, List<Evaluation> evaluations,
                               List<StoppingRule> rules) {
        return new GradientDescent(new TrainingSettings(WIDTH, true, maxSteps, every, evaluations,
                rules, 1e3), step.at(lambdaMax));
    }

    private GradientDescent plain(StepSize step, int maxSteps) {
        return gd(step, maxSteps, 1, List.of(), List.of());
    }

    /** Records W(τ) at every step (stepped is called before the update). */
    private static final class Recorder implements TrainingListener {
        final Map<Integer, double[]> weights = new HashMap<>();
        int started = -1;
        StopReason finished;

        @Override
        public void started(int maxSteps) {
            started = maxSteps;
        }

        @Override
        public void stepped(TrainingHistory.Entry entry, TwoLayerRelu network) {
            weights.put(entry.step(), network.firstLayerData().clone());
        }

        @Override
        public void finished(StopReason reason) {
            finished = reason;
        }
    }

    @Test
    void lossDecreasesMonotonicallyForASmallRelativeStep() {
        TrainingResult<TwoLayerRelu> r = plain(StepSize.relative(0.5), 60)
                .train(problem, Rng.of(1), TrainingListener.NONE);
        List<TrainingHistory.Entry> entries = r.history().entries();
        assertEquals(61, entries.size());
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i).trainLoss() <= entries.get(i - 1).trainLoss(),
                    "loss rose at step " + i);
        }
        assertTrue(r.history().last().trainLoss() < 0.5 * entries.get(0).trainLoss(),
                "training barely moved the loss");
    }

    @Test
    void oneStepIsTheGradientStep() {
        TwoLayerRelu initial = TwoLayerRelu.initialize(WIDTH, 3, 2, true, Rng.of(2));
        TrainingResult<TwoLayerRelu> r = plain(StepSize.relative(0.7), 1)
                .train(problem, initial, TrainingListener.NONE);
        double[] gradient = new double[initial.firstLayerData().length];
        double loss = new FusedGradient(problem.z(), problem.y(), WIDTH).compute(initial, gradient);
        double eta = 0.7 / ReluNtk.lambdaMax(problem.z());
        double[] expected = initial.firstLayerData().clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] -= eta * gradient[i];
        }
        assertArrayEquals(expected, r.model().firstLayerData());
        assertEquals(loss, r.history().at(0).trainLoss());
        assertArrayEquals(initial.firstLayerData(), r.initial().firstLayerData());
        assertEquals(eta, r.stepSize(), 1e-18);
        assertEquals(0.7, r.stepSizeRelative(), 1e-15);
        assertEquals(ReluNtk.lambdaMax(problem.z()), r.lambdaMax());
    }

    @Test
    void antisymmetricStartHasZeroOutputAndHalfTheLabelEnergyAsLoss() {
        TrainingResult<TwoLayerRelu> r = plain(StepSize.relative(1), 0)
                .train(problem, Rng.of(3), TrainingListener.NONE);
        double energy = 0;
        for (double v : problem.y().data()) {
            energy += v * v;
        }
        TrainingHistory.Entry first = r.history().at(0);
        assertEquals(0.5 * energy, first.trainLoss(), 1e-12 * energy);
        assertEquals(energy / (200 * 2), first.trainMse(), 1e-12 * energy);
        for (double v : r.initial().forward(problem.z()).data()) {
            assertEquals(0.0, v, 1e-12);
        }
        assertEquals("max-steps", r.stopReason().kind());
        assertEquals(1, r.history().entries().size());
    }

    @Test
    void hugeAbsoluteStepIsReportedAsDivergence() {
        TrainingResult<TwoLayerRelu> r = plain(StepSize.absolute(1e3), 50)
                .train(problem, Rng.of(4), TrainingListener.NONE);
        StopReason reason = r.stopReason();
        assertEquals("diverged", reason.kind());
        assertTrue(reason.isDivergence());
        assertTrue(reason.step() > 0 && reason.step() < 50, "stopped at " + reason.step());
        double initial = r.history().at(0).trainLoss();
        assertTrue(!Double.isFinite(reason.loss()) || reason.loss() > 1e3 * initial);
        assertEquals(reason.step(), r.history().last().step());
    }

    @Test
    void stepBudgetStopsWithEvaluationsEveryKStepsAndAtTheLast() {
        Evaluation constant = new Evaluation() {
            @Override
            public String name() {
                return "probe";
            }

            @Override
            public double evaluate(TwoLayerRelu network) {
                return 1.0;
            }
        };
        Recorder recorder = new Recorder();
        TrainingResult<TwoLayerRelu> r = gd(StepSize.relative(0.5), 7, 3, List.of(constant), List.of())
                .train(problem, Rng.of(5), recorder);
        assertEquals("max-steps", r.stopReason().kind());
        assertEquals(7, r.stopReason().step());
        assertEquals(7, r.stopReason().selectedStep());
        assertEquals(8, r.history().entries().size());
        List<Integer> evaluated = new ArrayList<>();
        for (TrainingHistory.Entry e : r.history().entries()) {
            if (!Double.isNaN(e.evaluation("probe"))) {
                evaluated.add(e.step());
            }
        }
        assertEquals(List.of(0, 3, 6, 7), evaluated);
        assertEquals(7, recorder.started);
        assertEquals(r.stopReason(), recorder.finished);
        assertEquals(8, recorder.weights.size());
        // Nothing is selected early: the model holds the last step's weights.
        assertArrayEquals(recorder.weights.get(7), r.model().firstLayerData());
    }

    @Test
    void patienceRuleReturnsTheWeightsOfTheBestEvaluatedStep() {
        // First run: W(21). Second run: the held-out "risk" against f_{W(21)} is exactly 0 at
        // step 21 and positive elsewhere, so validation stopping (evaluations every 3 steps,
        // patience 4) must stop at 21 + 4·3 = 33 and return W(21) itself.
        Recorder first = new Recorder();
        plain(StepSize.relative(0.8), 21).train(problem, Rng.of(6), first);
        TwoLayerRelu target = TwoLayerRelu.initialize(WIDTH, 3, 2, true, Rng.of(6));
        System.arraycopy(first.weights.get(21), 0, target.firstLayerData(), 0, target.firstLayerData().length);
        Matrix heldOut = TrainingFixtures.problem(100, 12).z();
        HeldOutRisk risk = new HeldOutRisk(TrainingHistory.VALIDATION_LOSS, heldOut, target.forward(heldOut));

        Recorder second = new Recorder();
        TrainingResult<TwoLayerRelu> r = gd(StepSize.relative(0.8), 200, 3, List.of(risk),
                List.of(PatienceRule.validation(4))).train(problem, Rng.of(6), second);
        assertEquals("validation", r.stopReason().kind());
        assertEquals(33, r.stopReason().step());
        assertEquals(21, r.stopReason().selectedStep());
        assertEquals(21, r.history().argmin(TrainingHistory.VALIDATION_LOSS).getAsInt());
        assertArrayEquals(second.weights.get(21), r.model().firstLayerData());
        assertEquals(r.history().at(21).evaluation(TrainingHistory.VALIDATION_LOSS), risk.evaluate(r.model()));
        assertEquals(0.0, risk.evaluate(r.model()));
    }

    @Test
    void selectedStepWeightsAreReturnedWhenImprovementsAreSmall() {
        // Scripted held-out values: after the drop to 5 every improvement is below 10%, so
        // patience 3 with minRelativeImprovement 0.1 fires at step 4. Whatever step the rule
        // selects, the returned model must carry that step's weights.
        double[] script = {10, 5, 4.9, 4.8, 4.7, 4.6, 4.5};
        Evaluation scripted = new Evaluation() {
            private int calls;

            @Override
            public String name() {
                return TrainingHistory.VALIDATION_LOSS;
            }

            @Override
            public double evaluate(TwoLayerRelu network) {
                return script[calls++];
            }
        };
        Recorder recorder = new Recorder();
        TrainingResult<TwoLayerRelu> r = gd(StepSize.relative(0.5), 6, 1, List.of(scripted),
                List.of(new PatienceRule("validation", TrainingHistory.VALIDATION_LOSS, 3, 0.1)))
                .train(problem, Rng.of(7), recorder);
        assertEquals("validation", r.stopReason().kind());
        assertEquals(4, r.stopReason().step());
        int selected = r.stopReason().selectedStep();
        assertArrayEquals(recorder.weights.get(selected), r.model().firstLayerData(),
                "weights of the selected step " + selected);
    }

    @Test
    void sameSeedsGiveBitwiseIdenticalTraining() {
        GradientDescent gd = plain(StepSize.relative(0.9), 25);
        TrainingResult<TwoLayerRelu> a = gd.train(TrainingFixtures.problem(200, 11), Rng.of(8), TrainingListener.NONE);
        TrainingResult<TwoLayerRelu> b = gd.train(TrainingFixtures.problem(200, 11), Rng.of(8), TrainingListener.NONE);
        assertArrayEquals(a.model().firstLayerData(), b.model().firstLayerData());
        for (int s = 0; s <= 25; s++) {
            assertEquals(a.history().at(s).trainLoss(), b.history().at(s).trainLoss());
        }
        TrainingResult<TwoLayerRelu> c = gd.train(problem, Rng.of(9), TrainingListener.NONE);
        assertTrue(a.model().firstLayerData()[0] != c.model().firstLayerData()[0]);
    }

    @Test
    void initialNetworkMustMatchTheConfiguredWidth() {
        TwoLayerRelu wide = TwoLayerRelu.initialize(2 * WIDTH, 3, 2, true, Rng.of(1));
        assertThrows(IllegalArgumentException.class,
                () -> plain(StepSize.relative(1), 3).train(problem, wide, TrainingListener.NONE));
    }

    @Test
    void invalidConfigurationsAreRejected() {
        ResolvedStep step = StepSize.relative(1).at(lambdaMax);
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSettings(0, true, 10, 1, List.of(), List.of(), 1e3));
        assertThrows(IllegalArgumentException.class,
                () -> new GradientDescent(TrainingSettings.of(8, true, 10), null));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSettings(8, true, -1, 1, List.of(), List.of(), 1e3));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSettings(8, true, 10, 0, List.of(), List.of(), 1e3));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSettings(8, true, 10, 1, List.of(), List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new ResolvedStep(-1, lambdaMax));
        assertThrows(IllegalArgumentException.class, () -> new ResolvedStep(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(
                TrainingSettings.of(7, true, 10), step)
                .train(problem, Rng.of(1), TrainingListener.NONE));
    }

    /**
     * float32 GD follows the float64 trajectory: per step the gradient's relative error is
     * about 1e-6 (FusedGradientTest) and at a relative step of 1 GD is non-expansive on the
     * NTK-regime loss, so errors add at most linearly, to about 300 · 1e-6 = 3e-4 after 300
     * steps. Tolerance 1e-3 on the loss path and on the trained outputs.
     */
    @Test
    void float32TrainingFollowsTheFloat64Trajectory() {
        int steps = 300;
        GradientDescent single = new GradientDescent(new TrainingSettings(WIDTH, true, steps, 10,
                List.of(), List.of(), 1e3), StepSize.relative(1.0).at(lambdaMax), Precision.FLOAT32);
        TrainingResult<TwoLayerRelu> r64 = plain(StepSize.relative(1.0), steps)
                .train(problem, Rng.of(4), TrainingListener.NONE);
        TrainingResult<TwoLayerRelu> r32 = single.train(problem, Rng.of(4), TrainingListener.NONE);
        List<TrainingHistory.Entry> e64 = r64.history().entries();
        List<TrainingHistory.Entry> e32 = r32.history().entries();
        for (TrainingHistory.Entry e : e32) {
            double reference = e64.get(e.step()).trainLoss();
            assertEquals(reference, e.trainLoss(), 1e-3 * reference, "loss at step " + e.step());
        }
        assertTrue(e64.get(steps).trainLoss() < 0.5 * e64.get(0).trainLoss(), "training moved");
        Matrix f64 = r64.model().forward(problem.z());
        Matrix f32 = r32.model().forward(problem.z());
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < f64.data().length; i++) {
            diff += Math.pow(f32.data()[i] - f64.data()[i], 2);
            norm += Math.pow(f64.data()[i], 2);
        }
        assertTrue(Math.sqrt(diff / norm) <= 1e-3, "relative output gap " + Math.sqrt(diff / norm));
    }
}
