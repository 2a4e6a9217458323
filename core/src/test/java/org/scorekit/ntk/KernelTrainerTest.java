package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorekit.ntk.NtkFixtures.close;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.InputMap;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.random.Rng;
import org.scorekit.testkit.GaussianOracle;
import org.scorekit.train.HeldOutRisk;
import org.scorekit.train.PatienceRule;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StepSize;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingListener;
import org.scorekit.train.TrainingResult;

class KernelTrainerTest {
    private static final ForwardProcess PROCESS = new VpProcess(new ConstantSchedule(1.0));

    static ScoreMatchingProblem problem(int n, long seed) {
        GaussianOracle data = GaussianOracle.of(new double[] {1.0, -0.5}, 0.5, PROCESS);
        InputMap inputs = InputMap.of(2, LinearTimeEncoding.identity());
        return ScoreMatchingProblem.draw(data, PROCESS, 0.05, 2.0, inputs, n, Rng.of(seed));
    }

    @Test
    void theTrainedDenoiserIsKernelGdAtTheLastStep() {
        ScoreMatchingProblem problem = problem(40, 5);
        KernelTrainer trainer = new KernelTrainer(StepSize.relative(1.0), 30, 7, 1e6);
        TrainingResult<KernelDenoiser> result = trainer.train(problem, Rng.of(1), TrainingListener.NONE);
        KernelRegression kr = KernelRegression.of(problem.z(), problem.y());
        double eta = 1.0 / kr.lambdaMax();
        assertEquals(1.0, result.stepSizeRelative(), 1e-12);
        assertEquals(eta, result.stepSize(), 1e-15 * eta);
        assertEquals("max-steps", result.stopReason().kind());
        assertEquals(30, result.stopReason().selectedStep());
        assertEquals(java.util.List.of(0, 7, 14, 21, 28, 30),
                result.history().entries().stream().map(e -> e.step()).toList());
        Matrix fitted = result.model().denoise(problem.noisy(), problem.times());
        // Through κ(z_j, z_j) = arccos of a rounded 1 (ReluNtk.kappa, ~1e-8 relative).
        assertTrue(close(fitted, kr.trainValues(SpectralFilter.steps(eta, 30)), 1e-6));
        Matrix residual = NtkFixtures.minus(kr.trainValues(SpectralFilter.steps(eta, 14)), problem.y());
        assertEquals(0.5 * Math.pow(residual.frobeniusNorm(), 2),
                result.history().at(14).trainLoss(), 1e-10);
        assertTrue(result.history().at(30).trainLoss() < result.history().at(0).trainLoss());
        Matrix initial = result.initial().denoise(problem.noisy(), problem.times());
        assertEquals(0.0, initial.frobeniusNorm(), 0.0);
        assertEquals(2, result.model().dimension());
    }

    @Test
    void heldOutLossesAreThoseOfThePredictorAndTheRuleSelectsItsBestStep() {
        ScoreMatchingProblem problem = problem(60, 8);
        ScoreMatchingProblem fresh = problem(50, 9);
        HeldOutRisk validation = new HeldOutRisk(TrainingHistory.VALIDATION_LOSS, fresh.z(),
                fresh.y());
        KernelTrainer trainer = new KernelTrainer(StepSize.relative(1.0), 400, 4, 1e6);
        TrainingResult<KernelDenoiser> result = trainer.train(KernelSpectrum.of(problem.z()),
                problem, List.of(validation), List.of(PatienceRule.validation(3)),
                TrainingListener.NONE);
        KernelRegression kr = KernelRegression.of(problem.z(), problem.y());
        double eta = result.stepSize();
        for (TrainingHistory.Entry e : result.history().entries()) {
            // The column is the held-out loss of kernel GD at that step, predicted directly.
            Matrix direct = kr.predict(fresh.z(), SpectralFilter.steps(eta, e.step()));
            assertEquals(validation.loss(direct), e.evaluation(TrainingHistory.VALIDATION_LOSS),
                    1e-9 * validation.loss(direct));
        }
        int best = result.history().argmin(TrainingHistory.VALIDATION_LOSS).getAsInt();
        assertEquals(best, result.stopReason().selectedStep());
        // Three evaluations without improvement after the best one, then the rule stops.
        assertEquals(best + 3 * 4, result.stopReason().step());
        Matrix selected = result.model().denoise(fresh.noisy(), fresh.times());
        assertTrue(close(selected, kr.predict(fresh.z(), SpectralFilter.steps(eta, best)), 1e-9));
    }

    @Test
    void theSavedExpansionPredictsBitForBitAsTheDenoiser() {
        ScoreMatchingProblem problem = problem(40, 10);
        ScoreMatchingProblem fresh = problem(25, 11);
        KernelDenoiser model = new KernelTrainer(StepSize.relative(1.0), 20, 5, 1e6)
                .train(problem, Rng.of(1), TrainingListener.NONE).model();
        KernelExpansion saved = new KernelExpansion(model.expansion().trainingInputs().copy(),
                model.expansion().coefficients().copy(), problem.inputs());
        assertArrayEquals(model.denoise(fresh.noisy(), fresh.times()).data(),
                saved.denoise(fresh.noisy(), fresh.times()).data());
    }

    @Test
    void anUnstableStepIsReportedAsDivergence() {
        ScoreMatchingProblem problem = problem(30, 6);
        KernelTrainer trainer = new KernelTrainer(StepSize.relative(2.5), 500, 1, 10.0);
        TrainingResult<KernelDenoiser> result = trainer.train(problem, Rng.of(1), TrainingListener.NONE);
        assertTrue(result.stopReason().isDivergence());
        assertTrue(result.stopReason().step() < 500);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> new KernelTrainer(StepSize.relative(1), -1, 1, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new KernelTrainer(StepSize.relative(1), 10, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new KernelTrainer(null, 10, 1, 10));
    }
}
