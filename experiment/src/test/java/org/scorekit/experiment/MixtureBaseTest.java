package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** {@code problem.base: {type: mixture}}: EM on the training draws, saved and reproduced. */
class MixtureBaseTest {
    @TempDir
    static Path dir;

    static final String SPEC = """
            formatVersion: 1
            name: m
            seed: 3
            data: {type: builtin, name: corners4}
            problem: {size: 2000, base: {type: mixture, components: 4}}
            estimator: {width: 32, maxSteps: 20, evaluateEvery: 5}
            stopping: {validationSize: 400, oracleSize: 400}
            sampler: {steps: 20, samples: 200}
            metrics: {scoreDraws: 500, timePoints: 3, drawsPerTime: 100, coupling: false}
            """;

    @Test
    void emFindsTheFourCornersAndTheRunReproducesFromItsSavedSpec() throws IOException {
        Pipeline pipeline = Pipeline.from(SpecReader.parse(SPEC, "spec.yaml", true), dir);
        BaseSpec.Mixture base = (BaseSpec.Mixture) pipeline.spec().problem().base();
        assertEquals(4, base.weights().length);
        // 2000 draws of four equally likely corners: binomial standard error sqrt(3/16/2000).
        for (double w : base.weights()) {
            assertEquals(0.25, w, 4 * Math.sqrt(3.0 / 16 / 2000));
        }
        double[][] means = base.means().clone();
        Arrays.sort(means, Comparator.<double[]>comparingDouble(m -> m[0])
                .thenComparingDouble(m -> m[1]));
        // Point masses: each component's mean is the average of copies of one corner.
        assertArrayEquals(new double[] {-0.8, -0.8}, means[0], 1e-9);
        assertArrayEquals(new double[] {0.8, 0.8}, means[3], 1e-9);
        ProblemSizing.Sized sized = ProblemSizing.run(pipeline.spec(), dir, pipeline,
                Long.MAX_VALUE, RunListener.NONE);
        Path run = RunWriter.createDirectory(dir.resolve("runs"), pipeline.spec(), Instant.EPOCH);
        RunWriter.write(run, sized, Instant.EPOCH, 0, RunWriter.Finisher.NONE);
        Matrix x = Rng.of(2).gaussian(4, 2);
        double[] t = {0.05, 0.3, 1.0, 3.0};
        assertArrayEquals(sized.outcome().model().learned(sized.pipeline()).denoise(x, t).data(),
                SavedRun.load(run).denoiser().denoise(x, t).data());
        assertTrue(Reproduction.of(run.resolve(RunWriter.RUN), RunListener.NONE).identical());
    }

    @Test
    void leftOutTheComponentCountIsChosenOnHeldOutDraws() {
        // corners4 has four point masses: the held-out likelihood rises up to K = 4 and not
        // beyond (K = 8 splits corners into copies), so the ladder 1, 2, 4, 8 stops at 4.
        Pipeline p = Pipeline.from(SpecReader.parse(SPEC.replace("components: 4", "maxSteps: 100"),
                "spec.yaml", true), dir);
        BaseSpec.Mixture base = (BaseSpec.Mixture) p.spec().problem().base();
        assertEquals(4, base.components());
        assertEquals(100, base.maxSteps());
        RuntimeException zero = assertThrows(RuntimeException.class, () -> SpecReader.parse(
                SPEC.replace("components: 4", "components: 0"), "spec.yaml", true));
        assertTrue(zero.getMessage().contains("problem.base.components"), zero.getMessage());
    }
}
