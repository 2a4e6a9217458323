package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code estimator.type: kernel}: the network's kernel-regression shadow as a run's estimator. */
class KernelRunTest {
    @TempDir
    Path dir;

    private static final String RUN = """
            formatVersion: 1
            name: k
            seed: 3
            data: {type: builtin, name: ring8}
            problem: {size: 300, timeMin: 0.05, timeMax: 6.0}
            estimator: {type: %s, maxSteps: 60, evaluateEvery: 5}
            stopping: {rule: %s, patience: 3, validationSize: 200, oracleSize: 200}
            sampler: {steps: 40, samples: 300}
            metrics: {scoreDraws: 2000, timePoints: 4, drawsPerTime: 200, coupling: false}
            """;

    private Pipeline pipeline(String type, String rule) {
        return Pipeline.from(SpecReader.parse(RUN.formatted(type, rule), "spec.yaml", true), dir);
    }

    @Test
    void theKernelRunStartsWhereTheNetworkStartsAndItsHistoryIsKernelGd() {
        RunOutcome kernel = Runner.compute(pipeline("kernel", "max-steps"), RunListener.NONE);
        RunOutcome network = Runner.compute(pipeline("network", "max-steps"), RunListener.NONE);
        TrainingHistory k = kernel.history().orElseThrow();
        TrainingHistory n = network.history().orElseThrow();
        // Both start from f_W = 0 on the same draws: step 0 is the base alone in both.
        assertEquals(n.at(0).trainLoss(), k.at(0).trainLoss(), 1e-9 * n.at(0).trainLoss());
        assertEquals(n.at(0).evaluation(TrainingHistory.VALIDATION_LOSS),
                k.at(0).evaluation(TrainingHistory.VALIDATION_LOSS), 1e-9);
        assertEquals(n.at(0).evaluation(TrainingHistory.ORACLE_RISK),
                k.at(0).evaluation(TrainingHistory.ORACLE_RISK), 1e-9);
        // Kernel GD at η_rel = 1 never raises the training loss; every 5th step is recorded.
        for (int i = 1; i < k.entries().size(); i++) {
            assertEquals(5 * i, k.entries().get(i).step());
            assertTrue(k.entries().get(i).trainLoss() <= k.entries().get(i - 1).trainLoss());
        }
        assertEquals("kernel", kernel.results().path("training").path("estimator").asText());
        assertTrue(network.results().path("training").path("estimator").isMissingNode());
        assertEquals(60, kernel.results().path("training").path("selectedStep").asInt());
        assertTrue(kernel.results().path("training").path("stepSizeRelative").asDouble() == 1.0);
    }

    @Test
    void validationStoppingKeepsTheKernelAtItsBestHeldOutStep() {
        RunOutcome kernel = Runner.compute(pipeline("kernel", "validation"), RunListener.NONE);
        JsonNode t = kernel.results().path("training");
        assertEquals("validation", t.path("stopReason").asText());
        assertEquals(kernel.history().orElseThrow().argmin(TrainingHistory.VALIDATION_LOSS).getAsInt(),
                t.path("selectedStep").asInt());
        assertEquals(t.path("tauValidation").asInt(), t.path("selectedStep").asInt());
    }

    @Test
    void aKernelRunIsWrittenReadBackAndReproducedBitForBit() throws IOException {
        Pipeline p = pipeline("kernel", "validation");
        ProblemSizing.Sized sized = ProblemSizing.run(p.spec(), dir, p, Long.MAX_VALUE,
                RunListener.NONE);
        Path run = RunWriter.createDirectory(dir.resolve("runs"), p.spec(), Instant.EPOCH);
        RunWriter.write(run, sized, Instant.EPOCH, 0, RunWriter.Finisher.NONE);
        JsonNode model = SpecReader.json().readTree(
                Files.readString(run.resolve(ModelFiles.DESCRIPTION)));
        assertEquals(ModelFiles.KERNEL_TYPE, model.path("type").asText());
        assertEquals(300, model.path("trainingInputs").asInt());
        SavedRun saved = SavedRun.load(run);
        Matrix x = Rng.of(1).gaussian(7, 2);
        double[] t = {0.05, 0.1, 0.3, 0.7, 1.5, 3.0, 6.0};
        Matrix inMemory = sized.outcome().model().learned(p).denoise(x, t);
        assertArrayEquals(inMemory.data(), saved.denoiser().denoise(x, t).data());
        assertTrue(Reproduction.of(run.resolve(RunWriter.RUN), RunListener.NONE).identical());
        // The coefficients changed: refused by the checksum, never sampled from.
        byte[] bytes = Files.readAllBytes(run.resolve(ModelFiles.WEIGHTS));
        bytes[bytes.length - 1] ^= 1;
        Files.write(run.resolve(ModelFiles.WEIGHTS), bytes);
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SavedRun.load(run));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void theNetworkOnlyFieldsAndAnOversizedKernelAreRefusedWithTheField() {
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> new EstimatorSpec("kernel", 64, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null));
        assertTrue(width.getMessage().contains("estimator.width does not apply to"
                + " estimator.type kernel"), width.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> EstimatorSpec.ofType("gated"));
        assertTrue(type.getMessage().contains("[network, kernel, convex, mlp]"), type.getMessage());
        // Specs written before the choice existed name the network two-layer-relu.
        assertEquals("network", EstimatorSpec.ofType("two-layer-relu").resolved().type());
        Pipeline big = Pipeline.from(SpecReader.parse(RUN.formatted("kernel", "validation")
                .replace("size: 300", "size: 6001"), "spec.yaml", true), dir);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> Preflight.check(big, Long.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("problem.size: estimator.type kernel decomposes"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }
}
