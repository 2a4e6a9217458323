package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorekit.data.BuiltinDistributions;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.model.InputMap;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.GradientDescent;
import org.scorekit.train.ResolvedStep;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StepSize;
import org.scorekit.train.TrainingFixtures;
import org.scorekit.train.TrainingListener;
import org.scorekit.train.TrainingResult;
import org.scorekit.train.TrainingSettings;

class RwyStoppingRuleTest {
    private static final ForwardProcess PROCESS = new VpProcess(new ConstantSchedule(1.0));
    private static final GaussianMixture CORNERS = BuiltinDistributions.corners4();
    private static final InputMap INPUTS = InputMap.of(2, LinearTimeEncoding.identity());

    /** η = 1/λ_max(K^∞) of the problem's inputs. */
    private static ResolvedStep unitStep(ScoreMatchingProblem p) {
        return StepSize.relative(1).at(ReluNtk.lambdaMax(p.z()));
    }

    private static RwyStoppingRule rule(ScoreMatchingProblem p, double sigmaEff) {
        return new RwyStoppingRule(RwyRule.of(KernelSpectrum.of(p.z()), unitStep(p).eta(), sigmaEff));
    }

    private static GradientDescent gd(ScoreMatchingProblem p, int width, int maxSteps, int every,
                                      RwyStoppingRule... rules) {
        return new GradientDescent(new TrainingSettings(width, true, maxSteps, every, List.of(),
                List.of(rules), 1e3), unitStep(p));
    }

    /**
     * Spec §14: corners4, g ≡ 1, [0.05, 2], z = (x_t, t), N = 300, η = 1/λ_max(K^∞). The spec
     * reports τ̂ = 0 / 7–12 / 40–63 / 162–251 over five draws for σ_eff = 0.8 / 0.1 / 0.03 /
     * 0.01; the ranges asserted here are widened by about a quarter for other draws.
     */
    @Test
    void referenceExperimentStopsWhereTheSpecSays() {
        double[] sigmas = {0.8, 0.1, 0.03, 0.01};
        int[] low = {0, 5, 30, 120};
        int[] high = {0, 15, 80, 320};
        for (long seed = 1; seed <= 5; seed++) {
            ScoreMatchingProblem p = ScoreMatchingProblem.draw(CORNERS, PROCESS, 0.05, 2.0, INPUTS,
                    300, Rng.of(seed));
            RwyRule rule = rule(p, sigmas[0]).rule();
            assertTrue(rule.rwyStep() > 6 && rule.rwyStep() < 20, "omega " + rule.rwyStep());
            int previous = -1;
            for (int s = 0; s < sigmas.length; s++) {
                int tau = rule.withSigmaEff(sigmas[s]).tauHat();
                assertTrue(tau >= low[s] && tau <= high[s],
                        "seed " + seed + ", sigma " + sigmas[s] + ": tau " + tau);
                assertTrue(tau > previous, "smaller sigma must stop later");
                previous = tau;
            }
        }
    }

    @Test
    void gradientDescentStopsAtTauHatWithItsWeights() {
        ScoreMatchingProblem p = TrainingFixtures.problem(120, 31);
        RwyStoppingRule rule = rule(p, 0.03);
        int tau = rule.tauHat();
        assertTrue(tau > 2 && tau < 500, "tau " + tau);
        TrainingResult<TwoLayerRelu> stopped = gd(p, 64, 10_000, 1000, rule)
                .train(p, Rng.of(2), TrainingListener.NONE);
        assertEquals(RwyStoppingRule.NAME, stopped.stopReason().kind());
        assertEquals(tau, stopped.stopReason().step());
        assertEquals(tau, stopped.stopReason().selectedStep());
        TrainingResult<TwoLayerRelu> budget = gd(p, 64, tau, 1000)
                .train(p, Rng.of(2), TrainingListener.NONE);
        assertArrayEquals(budget.model().firstLayerData(), stopped.model().firstLayerData());
    }

    @Test
    void zeroTauHatStopsBeforeTheFirstStep() {
        ScoreMatchingProblem p = TrainingFixtures.problem(50, 32);
        RwyStoppingRule rule = rule(p, 1e6);
        assertEquals(0, rule.tauHat());
        TrainingResult<TwoLayerRelu> r = gd(p, 16, 100, 1, rule)
                .train(p, Rng.of(3), TrainingListener.NONE);
        assertEquals(0, r.stopReason().selectedStep());
        assertArrayEquals(r.initial().firstLayerData(), r.model().firstLayerData());
    }

    /** One draw of the §14 setting with a smaller test set: the calibrated σ_eff hits τ_oracle. */
    @Test
    void calibrationMatchesTheOracleStep() {
        RwyCalibration cal = new RwyCalibration(CORNERS, PROCESS, 0.05, 2.0, INPUTS, 300, 500, 1.0,
                100_000);
        RwyCalibration.Result result = cal.calibrate(2, Rng.of(20240601));
        assertEquals(2, result.draws().size());
        for (RwyCalibration.Draw d : result.draws()) {
            assertEquals(d.tauOracle(), d.tauHat());
            assertEquals(d.oracleRisk(), d.riskAtTauHat());
            RwyRule rule = d.rule();
            assertTrue(rule.withSigmaEff(d.sigmaEff() * 1.001).tauHat() < d.tauOracle());
            assertTrue(d.tauOracle() > 10 && d.tauOracle() < 300, "oracle " + d.tauOracle());
            assertTrue(d.sigmaEff() > 0.01 && d.sigmaEff() < 0.1, "sigma " + d.sigmaEff());
            // Bayes risk 0.406 per entry (§14): σ̂ estimates its square root.
            assertEquals(Math.sqrt(0.406), d.noiseLevel(), 0.1);
            assertTrue(d.rkhsScale() > 5 && d.rkhsScale() < 60, "M " + d.rkhsScale());
        }
        double expected = Math.sqrt(result.draws().get(0).sigmaEff() * result.draws().get(1).sigmaEff());
        assertEquals(expected, result.sigmaEff(), 1e-12 * expected);
    }

    @Test
    void calibrationIsDeterministic() {
        RwyCalibration cal = new RwyCalibration(CORNERS, PROCESS, 0.05, 2.0, INPUTS, 80, 100, 1.0,
                10_000);
        RwyCalibration.Draw a = cal.calibrate(1, Rng.of(5)).draws().get(0);
        RwyCalibration.Draw b = cal.calibrate(1, Rng.of(5)).draws().get(0);
        assertEquals(a.sigmaEff(), b.sigmaEff());
        assertEquals(a.tauOracle(), b.tauOracle());
        assertEquals(a.oracleRisk(), b.oracleRisk());
        assertEquals(a.noiseLevel(), b.noiseLevel());
    }
}
