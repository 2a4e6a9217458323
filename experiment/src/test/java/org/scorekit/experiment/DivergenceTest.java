package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A divergence is a stop reason: the step is halved and training retried (up to
 * {@link Training#MAX_BACKOFFS} times), each attempt recorded; a run that diverges at every step
 * size is labelled diverged.
 */
class DivergenceTest {
    private static JsonNode training(double stepSize) {
        String spec = "formatVersion: 1\nseed: 5\ndata: {type: builtin, name: corners4}\n"
                + "problem: {size: 200}\n"
                + "estimator: {width: 64, maxSteps: 40, evaluateEvery: 5, stepSize: " + stepSize + "}\n"
                + "stopping: {rule: max-steps, validationSize: 100, oracleSize: 100}\n"
                + "sampler: {steps: 5, samples: 50}\n"
                + "metrics: {scoreDraws: 200, timePoints: 2, drawsPerTime: 20, sample: [mean-error]}\n";
        Pipeline p = Pipeline.from(SpecReader.parse(spec, "spec.yaml", true), Path.of("."));
        return Runner.compute(p, RunListener.NONE).results().path("training");
    }

    /**
     * η_rel = 5 makes kernel GD expand its top eigencomponent by |1 − 5| = 4 a step, so the loss
     * passes twice its start within a few steps; half of it (2.5) still expands, 1.25 contracts.
     */
    @Test
    void aDivergingStepIsHalvedUntilTrainingIsStable() {
        JsonNode t = training(5.0);
        assertFalse(t.path("diverged").asBoolean(), t.toString());
        assertEquals(2, t.path("divergedAttempts").size(), t.toString());
        assertEquals(5.0, t.path("divergedAttempts").get(0).path("stepSizeRelative").asDouble(), 1e-9);
        assertEquals(1.25, t.path("stepSizeRelative").asDouble(), 1e-9);
        assertEquals("max-steps", t.path("stopReason").asText());
    }

    @Test
    void aRunThatDivergesAtEveryStepIsLabelledDiverged() {
        JsonNode t = training(1000.0);
        assertTrue(t.path("diverged").asBoolean(), t.toString());
        assertEquals("diverged", t.path("stopReason").asText());
        assertEquals(Training.MAX_BACKOFFS, t.path("divergedAttempts").size());
        assertEquals(1000.0 / 16, t.path("stepSizeRelative").asDouble(), 1e-9);
    }
}
