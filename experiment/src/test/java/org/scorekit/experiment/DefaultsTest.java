package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scorekit.data.GaussianMixture;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.InputMap;

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
        GaussianMixture data = p.data();
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
    void theResolvedSpecReadsBackToTheSamePipeline() throws Exception {
        Pipeline p = pipeline("");
        String json = SpecReader.json().writeValueAsString(p.spec());
        Pipeline again = Pipeline.from(SpecReader.parse(json, "spec.json", false), Path.of("."));
        assertEquals(json, SpecReader.json().writeValueAsString(again.spec()));
    }
}
