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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** {@code estimator.type: convex}: a ladder of certified DSM programs as a run's estimator. */
class ConvexRunTest {
    @TempDir
    static Path dir;
    static Pipeline pipeline;
    static ProblemSizing.Sized sized;
    static Path run;

    static final String SPEC = """
            formatVersion: 1
            name: c
            seed: 4
            data: {type: builtin, name: ring8}
            problem: {size: 90, timeMin: 0.05, timeMax: 6.0}
            estimator: {type: convex, levels: 3, gates: 12, iterations: 4000}
            stopping: {validationSize: 60, oracleSize: 100}
            sampler: {steps: 20, samples: 100}
            metrics: {scoreDraws: 500, timePoints: 3, drawsPerTime: 100, coupling: false}
            """;

    @BeforeAll
    static void runOnce() throws IOException {
        pipeline = Pipeline.from(SpecReader.parse(SPEC, "spec.yaml", true), dir);
        sized = ProblemSizing.run(pipeline.spec(), dir, pipeline, Long.MAX_VALUE, RunListener.NONE);
        run = RunWriter.createDirectory(dir.resolve("runs"), pipeline.spec(), Instant.EPOCH);
        RunWriter.write(run, sized, Instant.EPOCH, 0, RunWriter.Finisher.NONE);
    }

    @Test
    void everyLevelIsCertifiedAndItsBetaIsTheBestOnThePath() {
        JsonNode t = sized.outcome().results().path("training");
        assertEquals("convex", t.path("estimator").asText());
        assertEquals(3, t.path("levels").size());
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode l : t.path("levels")) {
            assertTrue(l.path("sigma").asDouble() < previous, "levels decrease");
            previous = l.path("sigma").asDouble();
            assertEquals(30, l.path("pairs").asInt());
            // The certificate: a duality gap within the tolerance where the solve converged.
            assertTrue(!l.path("converged").asBoolean()
                    || l.path("relativeGap").asDouble() <= EstimatorSpec.DEFAULT_GAP_TOLERANCE);
            JsonNode path = l.path("path");
            assertEquals(ConvexTraining.PATH + 1, path.size());
            assertEquals(l.path("zeroThreshold").asDouble(), path.get(0).path("beta").asDouble());
            double best = Double.POSITIVE_INFINITY;
            for (JsonNode p : path) {
                best = Math.min(best, p.path("validationLoss").asDouble());
            }
            assertEquals(best, l.path("validationLoss").asDouble());
        }
        // The two ends of the ladder are σ(T) and σ(T0) of the run's process.
        JsonNode levels = t.path("levels");
        assertEquals(ConvexTraining.sigma(pipeline.process(), 6.0),
                levels.get(0).path("sigma").asDouble(), 1e-12);
        assertEquals(ConvexTraining.sigma(pipeline.process(), 0.05),
                levels.get(2).path("sigma").asDouble(), 1e-12);
        assertTrue(sized.outcome().history().isEmpty());
        assertTrue(Files.notExists(run.resolve("history.csv")));
    }

    @Test
    void leftOutLevelsAreTheFewestWithNeighboursAtMostTwiceApart() {
        Pipeline p = Pipeline.from(SpecReader.parse(SPEC.replace("levels: 3, ", ""), "spec.yaml",
                true), dir);
        int levels = p.spec().estimator().levels();
        double ratio = ConvexTraining.sigma(p.process(), 6.0)
                / ConvexTraining.sigma(p.process(), 0.05);
        assertTrue(Math.pow(2, levels - 1) >= ratio * (1 - 1e-12), "neighbours at most 2x apart");
        assertTrue(Math.pow(2, levels - 2) < ratio, "and no more levels than that needs");
    }

    @Test
    void theLevelTimeInvertsSigma() {
        double t = ConvexTraining.time(pipeline.process(), 1.3, 0.05, 6.0);
        assertEquals(1.3, ConvexTraining.sigma(pipeline.process(), t), 1e-12);
    }

    @Test
    void theSavedLadderPredictsAsTheRunAndReproducesBitForBit() throws IOException {
        SavedRun saved = SavedRun.load(run);
        Matrix x = Rng.of(2).gaussian(5, 2);
        double[] t = {0.05, 0.2, 1.0, 3.0, 6.0};
        assertArrayEquals(sized.outcome().model().learned(pipeline).denoise(x, t).data(),
                saved.denoiser().denoise(x, t).data());
        assertTrue(Reproduction.of(run.resolve(RunWriter.RUN), RunListener.NONE).identical());
    }

    @Test
    void fieldsOfOtherEstimatorsAndStepRulesAreRefused() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> SpecReader.parse(SPEC.replace("levels: 3", "levels: 3, maxSteps: 10"),
                        "spec.yaml", true));
        assertTrue(e.getMessage().contains("estimator.maxSteps does not apply to estimator.type"
                + " convex"), e.getMessage());
        InvalidSpecException rule = assertThrows(InvalidSpecException.class,
                () -> Pipeline.from(SpecReader.parse(SPEC.replace("validationSize: 60",
                        "rule: rwy, validationSize: 60"), "spec.yaml", true), dir));
        assertTrue(rule.getMessage().startsWith("stopping.rule: estimator.type convex"),
                rule.getMessage());
        InvalidSpecException noise = assertThrows(InvalidSpecException.class,
                () -> Pipeline.from(SpecReader.parse(SPEC.replace("timeMax: 6.0",
                        "timeMax: 6.0, target: noise"), "spec.yaml", true), dir));
        assertTrue(noise.getMessage().startsWith("problem.target: estimator.type convex"),
                noise.getMessage());
        assertEquals(RegressionTarget.CLEAN, pipeline.spec().problem().target());
        Pipeline few = Pipeline.from(SpecReader.parse(SPEC.replace("size: 90", "size: 5"),
                "spec.yaml", true), dir);
        InvalidSpecException size = assertThrows(InvalidSpecException.class,
                () -> Preflight.check(few, Long.MAX_VALUE));
        assertTrue(size.getMessage().contains("needs at least 2 per level"), size.getMessage());
    }
}
