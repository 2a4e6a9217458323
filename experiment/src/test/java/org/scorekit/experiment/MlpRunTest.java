package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.train.TrainingHistory;

/** {@code estimator.type: mlp}: the residual-MLP baseline as a run's estimator. */
class MlpRunTest {
    @TempDir
    Path dir;

    private static final String RUN = """
            formatVersion: 1
            name: m
            seed: 3
            data: {type: builtin, name: ring8}
            problem: {size: 400, timeMin: 0.05, timeMax: 6.0}
            estimator: {type: mlp, width: 32, blocks: 1, batchSize: 128, maxSteps: %d,
                        evaluateEvery: 25%s}
            stopping: {rule: %s, patience: 3, validationSize: 300, oracleSize: 300}
            sampler: {steps: 40, samples: 300}
            metrics: {scoreDraws: 2000, timePoints: 4, drawsPerTime: 200}
            """;

    private Pipeline pipeline(String extra, String rule) {
        return pipeline(extra, rule, 150);
    }

    private Pipeline pipeline(String extra, String rule, int steps) {
        return Pipeline.from(SpecReader.parse(RUN.formatted(steps, extra, rule), "spec.yaml",
                true), dir);
    }

    @Test
    void theMlpStartsAtTheBaseAndLearnsBelowIt() {
        Pipeline p = pipeline(", learningRate: 0.003", "max-steps", 600);
        assertEquals(RegressionTarget.NOISE, p.spec().problem().target());
        assertTrue(!p.spec().metrics().coupling());
        RunOutcome run = Runner.compute(p, RunListener.NONE);
        TrainingHistory h = run.history().orElseThrow();
        JsonNode t = run.results().path("training");
        assertEquals("mlp", t.path("estimator").asText());
        assertEquals(600, t.path("selectedStep").asInt());
        // The zero output layer: step 0 is g alone. 600 Adam steps on ring8 take the exact risk
        // (noise units) from 0.082 to 0.063 at this seed; a broken gradient or a stuck average
        // leaves it within a few per cent of the start.
        double start = h.at(0).evaluation(TrainingHistory.ORACLE_RISK);
        double end = h.at(600).evaluation(TrainingHistory.ORACLE_RISK);
        assertTrue(end < 0.85 * start, start + " -> " + end);
        assertEquals(600 / 25 + 1,
                h.entries().stream().filter(e -> !e.evaluations().isEmpty()).count());
        assertTrue(t.path("validationGain").asDouble() > 0, t.toString());
    }

    @Test
    void aMlpRunIsWrittenReadBackAndReproducedBitForBit() throws IOException {
        Pipeline p = pipeline(", precision: float64", "validation");
        ProblemSizing.Sized sized = ProblemSizing.run(p.spec(), dir, p, Long.MAX_VALUE,
                RunListener.NONE);
        assertTrue(!sized.grows() && sized.grownFrom().isEmpty(), "an MLP run is never regrown");
        Path run = RunWriter.createDirectory(dir.resolve("runs"), p.spec(), Instant.EPOCH);
        RunWriter.write(run, sized, Instant.EPOCH, 0, RunWriter.Finisher.NONE);
        JsonNode model = SpecReader.json().readTree(
                Files.readString(run.resolve(ModelFiles.DESCRIPTION)));
        assertEquals(MlpModelFile.TYPE, model.path("type").asText());
        assertEquals("float64", model.path("precision").asText());
        SavedRun saved = SavedRun.load(run);
        Matrix x = Rng.of(1).gaussian(7, 2);
        double[] t = {0.05, 0.1, 0.3, 0.7, 1.5, 3.0, 6.0};
        Matrix inMemory = sized.outcome().model().learned(p).denoise(x, t);
        assertArrayEquals(inMemory.data(), saved.denoiser().denoise(x, t).data());
        assertTrue(Reproduction.of(run.resolve(RunWriter.RUN), RunListener.NONE).identical());
        byte[] bytes = Files.readAllBytes(run.resolve(ModelFiles.WEIGHTS));
        bytes[bytes.length / 2] ^= 1;
        Files.write(run.resolve(ModelFiles.WEIGHTS), bytes);
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SavedRun.load(run));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void fieldsAndRulesThatReadTheTwoLayerNetworkAreRefused() {
        assertMessage(", stepSize: 0.5", "max-steps", "estimator.stepSize does not apply");
        assertMessage(", antisymmetric: true", "max-steps",
                "estimator.antisymmetric does not apply");
        assertMessage("", "rwy", "stopping.rule: rwy");
        assertMessage(", emaDecay: 1.0", "max-steps", "estimator.emaDecay must be in [0, 1)");
        assertMessage(", learningRate: 0", "max-steps", "estimator.learningRate must be");
        IllegalArgumentException blocks = assertThrows(IllegalArgumentException.class,
                () -> new EstimatorSpec("network", null, null, null, null, null, null, null,
                        null, null, null, null, null, null, 2, null, null, null));
        assertTrue(blocks.getMessage().contains("estimator.blocks does not apply to"
                + " estimator.type network"), blocks.getMessage());
        InvalidSpecException coupling = assertThrows(InvalidSpecException.class,
                () -> Pipeline.from(SpecReader.parse(RUN.formatted(150, "", "max-steps")
                        .replace("drawsPerTime: 200}", "drawsPerTime: 200, coupling: true}"),
                        "spec.yaml", true), dir));
        assertTrue(coupling.getMessage().contains("metrics.coupling"), coupling.getMessage());
    }

    private void assertMessage(String extra, String rule, String expected) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> pipeline(extra, rule));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void theDefaultStepBudgetIsFourHundredPassesWithinItsBounds() {
        assertEquals(MlpDefaults.MIN_STEPS, MlpDefaults.steps(400, 1024));
        assertEquals(9_493, MlpDefaults.steps(24_300, 1024));
        assertEquals(MlpDefaults.MAX_STEPS, MlpDefaults.steps(27_000, 1024));
        Pipeline p = Pipeline.from(SpecReader.parse(RUN.formatted(150, "", "max-steps")
                .replace("maxSteps: 150,", ""), "spec.yaml", true), dir);
        assertEquals(MlpDefaults.MIN_STEPS, p.spec().estimator().maxSteps());
    }
}
