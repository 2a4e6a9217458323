package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Above {@link Training#DENSE_SPECTRUM_LIMIT} without the coupling diagnostics a run never forms
 * K∞: λ_max comes from the matrix-free Lanczos path, and the noise level and the RWY rule, which
 * need the whole spectrum, are left out of the record rather than estimated.
 */
class LargeProblemTest {
    private static final int SIZE = Training.DENSE_SPECTRUM_LIMIT + 1;

    private static Pipeline pipeline(String extra) {
        String spec = "formatVersion: 1\nseed: 3\ndata: {type: builtin, name: bimodal1d}\n"
                + "problem: {size: " + SIZE + "}\n"
                + "estimator: {width: 16, maxSteps: 20, evaluateEvery: 10}\n"
                + "stopping: {validationSize: 500, oracleSize: 200}\n"
                + "sampler: {steps: 5, samples: 50}\n"
                + "metrics: {scoreDraws: 200, timePoints: 2, drawsPerTime: 20, sample: [mean-error]"
                + extra + "}\n";
        return Pipeline.from(SpecReader.parse(spec, "spec.yaml", true), Path.of("."));
    }

    @Test
    void aRunAboveTheDenseLimitRecordsNoRwyRuleAndNoNoiseLevel() {
        Pipeline p = pipeline("");
        assertFalse(p.spec().metrics().coupling());
        assertFalse(Training.usesDenseSpectrum(p.spec()));
        JsonNode t = Runner.compute(p, RunListener.NONE).results().path("training");
        assertEquals(SIZE, t.path("size").asInt());
        // η = η_rel / λ_max with λ_max from Lanczos on the matrix-free product.
        assertTrue(t.path("lambdaMax").asDouble() > 0, t.toString());
        assertEquals(t.path("stepSizeRelative").asDouble() / t.path("lambdaMax").asDouble(),
                t.path("stepSize").asDouble(), 1e-12 * t.path("stepSize").asDouble());
        assertTrue(t.has("tauOracle") && t.has("tauValidation"), t.toString());
        for (String absent : new String[] {"tauRwy", "noiseLevel", "rkhsScale", "lambdaMin"}) {
            assertFalse(t.has(absent), absent + " in " + t);
        }
    }

    @Test
    void couplingStillDecomposesTheKernelDensely() {
        assertTrue(Training.usesDenseSpectrum(pipeline(", coupling: true").spec()));
    }
}
