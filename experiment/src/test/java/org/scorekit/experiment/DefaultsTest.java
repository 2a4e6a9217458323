package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scorekit.data.GaussianMixture;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ExactScore;
import org.scorekit.model.InputMap;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;

/** The data-aware defaults of a spec that gives only its data (ProblemSpec, StoppingSpec). */
class DefaultsTest {
    private static final String HEAD = "formatVersion: 1\nseed: 3\n";
    /** Two components far from the origin and of unequal spread: m = (5, -2), v = 2.25. */
    private static final String DATA = "data: {type: mixture, weights: [0.5, 0.5],"
            + " means: [[4, -2], [6, -2]], covariances: [[[1, 0], [0, 4]], [[1, 0], [0, 2.5]]]}\n";

    private static Pipeline pipeline(String extra) {
        return Pipeline.from(SpecReader.parse(HEAD + DATA + extra, "spec.yaml", true), Path.of("."));
    }

    @Test
    void inputsAreScaledByTheDataMomentsAndTimeSpansTheUnitRange() {
        Pipeline p = pipeline("");
        ProblemSpec problem = p.spec().problem();
        InputScalingSpec.Moments scaling = assertInstanceOf(InputScalingSpec.Moments.class,
                problem.inputScaling());
        GaussianMixture data = p.data().oracle().orElseThrow();
        assertArrayEquals(data.mean(), scaling.center(), 1e-12);
        // v = tr Σ / d with Σ = mean within-component covariance + spread of the means.
        double v = (data.covariance().get(0, 0) + data.covariance().get(1, 1)) / 2;
        assertEquals(v, scaling.variance(), 1e-12);
        InputMap inputs = p.inputs();
        assertEquals(4, inputs.width(), "x (2), c(t), b0");
        assertEquals(ProblemSpec.DEFAULT_CONSTANT_INPUT, problem.constantInput());
        double[] t = {problem.timeMin(), problem.timeMax()};
        Matrix z = inputs.inputs(Matrix.of(new double[][] {data.mean(), data.mean()}), t);
        assertEquals(-1.0, z.get(0, 2), 1e-12);
        assertEquals(1.0, z.get(1, 2), 1e-12);
        // At T0 the marginal mean α m maps to about (1 − α) m / σ: small against the unit scale.
        assertTrue(Math.abs(z.get(0, 0)) < 0.2, "scaled x at the mean: " + z.get(0, 0));
        assertEquals(StoppingRuleKind.VALIDATION, p.spec().stopping().rule());
        assertEquals(StoppingSpec.VALIDATION_PER_TRIPLE * problem.size(),
                p.spec().stopping().validationSize());
    }

    @Test
    void explicitChoicesStayAndAZeroConstantTurnsTheCoordinateOff() {
        Pipeline p = pipeline("problem: {inputScaling: {type: none},"
                + " timeEncoding: {type: linear, scale: 0.5}, constantInput: 0}\n"
                + "stopping: {rule: max-steps}\n");
        assertFalse(p.inputs().scaling().active());
        assertFalse(p.inputs().hasConstant());
        assertEquals(3, p.inputs().width());
        assertEquals(StoppingRuleKind.MAX_STEPS, p.spec().stopping().rule());
    }

    @Test
    void theBaseIsTheGaussianFitOfExactlyTheTrainingDraws() {
        Pipeline p = pipeline("problem: {size: 300}\n");
        BaseSpec.Gaussian base = assertInstanceOf(BaseSpec.Gaussian.class, p.spec().problem().base());
        // The Runner's training problem: the same stream, hence the same x_0 and moments.
        Matrix x0 = ScoreMatchingProblem.draw(p.data().oracle().orElseThrow(), p.process(), 0.1, 1.0, p.inputs(), 300,
                Rng.of(3).fork("problem")).y();
        GaussianMixture fit = GaussianMixture.momentMatched(x0);
        assertArrayEquals(fit.mean(), base.mean(), 0.0);
        assertArrayEquals(fit.covariance().toArray()[1], base.covariance()[1], 0.0);
        // g is the exact denoiser of that Gaussian; the residual labels are x_0 − g.
        double[] t = {0.3};
        Matrix x = Matrix.of(new double[][] {{5.5, -1.0}});
        assertArrayEquals(new ExactScore(fit, p.process()).denoise(x, t).data(),
                p.base().denoise(x, t).data(), 1e-15);
    }

    @Test
    void noBaseIsTheNetworkAloneAndAGivenBaseMustFitTheData() {
        Pipeline p = pipeline("problem: {base: {type: none}}\n");
        Matrix x = Matrix.of(new double[][] {{5.5, -1.0}});
        assertArrayEquals(new double[2], p.base().denoise(x, new double[] {0.3}).data(), 0.0);
        Pipeline given = pipeline("problem: {base: {type: gaussian, mean: [1, 2],"
                + " covariance: [[1, 0], [0, 1]]}}\n");
        assertArrayEquals(new double[] {1, 2},
                ((BaseSpec.Gaussian) given.spec().problem().base()).mean(), 0.0);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> pipeline("problem: {base: {type: gaussian, mean: [1, 2, 3],"
                        + " covariance: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}}\n"));
        assertTrue(e.getMessage().contains("problem.base.mean must have 2 entries"), e.getMessage());
        e = assertThrows(InvalidSpecException.class,
                () -> pipeline("problem: {base: {type: gaussian, mean: [1, 2]}}\n"));
        assertTrue(e.getMessage().contains("problem.base needs both mean"), e.getMessage());
    }

    @Test
    void theResolvedSpecReadsBackToTheSamePipeline() throws Exception {
        Pipeline p = pipeline("");
        String json = SpecReader.json().writeValueAsString(p.spec());
        Pipeline again = Pipeline.from(SpecReader.parse(json, "spec.json", false), Path.of("."));
        assertEquals(json, SpecReader.json().writeValueAsString(again.spec()));
    }
}
