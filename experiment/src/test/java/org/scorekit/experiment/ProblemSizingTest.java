package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * N grows while the validation gain over step 0 is not significant (the network adds nothing
 * measurable to the Gaussian-fit base),
 * only where the spec leaves the size out, and the kept run is the run of its own resolved spec.
 */
class ProblemSizingTest {
    /** A single Gaussian: the Gaussian fit is the exact denoiser up to its moments' error. */
    private static final String GAUSSIAN = "data: {type: mixture, weights: [1.0],"
            + " means: [[1.0, -0.5]], covariances: [[[0.5, 0.1], [0.1, 0.3]]]}\n";
    private static final String BIMODAL = "data: {type: builtin, name: bimodal1d}\n";
    private static final ProblemSizing.Schedule SMALL = new ProblemSizing.Schedule(2, 1200, 3.0);

    private static final String SHORT = "estimator: {width: 32, maxSteps: 60, evaluateEvery: 5}\n";

    private static ExperimentSpec spec(String data, String problem) {
        return spec(data, problem, SHORT);
    }

    private static ExperimentSpec spec(String data, String problem, String estimator) {
        return SpecReader.parse("formatVersion: 1\nname: sizing\nseed: 9\n" + data + problem
                + estimator
                + "stopping: {patience: 3, oracleSize: 200}\n"
                + "sampler: {steps: 5, samples: 50}\n"
                + "metrics: {scoreDraws: 200, timePoints: 2, drawsPerTime: 20,"
                + " sample: [mean-error]}\n", "spec.yaml", true);
    }

    private static ProblemSizing.Sized run(ExperimentSpec raw, long heap, boolean sizeLeftOut) {
        return ProblemSizing.run(raw, Path.of("."), Pipeline.from(raw, Path.of(".")), heap,
                RunListener.NONE, SMALL, sizeLeftOut);
    }

    private static List<Integer> sizes(ProblemSizing.Sized s) {
        return s.grownFrom().stream().map(ProblemSizing.Attempt::size).toList();
    }

    @Test
    void aSingleGaussianGrowsToTheLimitAndKeepsTheLastRun() {
        ExperimentSpec raw = spec(GAUSSIAN, "problem: {size: 300}\n");
        ProblemSizing.Sized s = run(raw, Long.MAX_VALUE, true);
        assertTrue(s.grows());
        assertEquals(List.of(300, 600), sizes(s));
        assertEquals(1200, s.pipeline().spec().problem().size());
        var t = s.outcome().results().path("training");
        assertTrue(t.path("validationGain").asDouble() <= SMALL.significance()
                * t.path("validationGainStdErr").asDouble(), t.toString());
        assertEquals("N = 1200 is the largest size grown to", s.limit());
        assertEquals(9600, s.pipeline().spec().stopping().validationSize(), "8 N of the kept N");
        // The kept run is the run of its own spec: what reproduce recomputes from spec.json.
        RunOutcome direct = Runner.compute(Pipeline.from(
                ProblemSizing.withSize(raw, 1200), Path.of(".")), RunListener.NONE);
        int[] count = {0};
        assertEquals(java.util.Optional.empty(), Reproduction.compare("results",
                s.outcome().results(), direct.results(), count));
        assertTrue(count[0] > 20, "compared " + count[0]);
        assertEquals(List.of(300, 600), List.of(
                s.json().path("attempts").get(0).path("size").asInt(),
                s.json().path("attempts").get(1).path("size").asInt()));
        assertEquals(1200, s.json().path("size").asInt());
    }

    @Test
    void aGainAboveTheThresholdStopsTheGrowthAndOneBelowItDoesNot() {
        // bimodal1d at N = 300: the network gains on the Gaussian fit, by 1-3 standard errors
        // of the paired differences at these sizes, so the threshold decides.
        ExperimentSpec raw = spec(BIMODAL, "problem: {size: 300}\n",
                "estimator: {width: 64, maxSteps: 400, evaluateEvery: 10}\n");
        ProblemSizing.Sized kept = ProblemSizing.run(raw, Path.of("."), Pipeline.from(raw,
                Path.of(".")), Long.MAX_VALUE, RunListener.NONE,
                new ProblemSizing.Schedule(2, 1200, 0.0), true);
        var t = kept.outcome().results().path("training");
        assertTrue(t.path("validationGain").asDouble() > 0, t.toString());
        assertEquals(List.of(), sizes(kept));
        assertEquals("", kept.limit());
        assertEquals(300, kept.pipeline().spec().problem().size());
        double z = t.path("validationGain").asDouble() / t.path("validationGainStdErr").asDouble();
        ProblemSizing.Sized grown = ProblemSizing.run(raw, Path.of("."), Pipeline.from(raw,
                Path.of(".")), Long.MAX_VALUE, RunListener.NONE,
                new ProblemSizing.Schedule(2, 1200, z * 1.01), true);
        assertEquals(300, sizes(grown).get(0));
        assertEquals(z, grown.json().path("attempts").get(0).path("validationGain").asDouble()
                / grown.json().path("attempts").get(0).path("validationGainStdErr").asDouble(), 1e-12);
    }

    @Test
    void anExplicitSizeIsNeverGrown() {
        ExperimentSpec raw = spec(GAUSSIAN, "problem: {size: 300}\n");
        ProblemSizing.Sized s = ProblemSizing.run(raw, Path.of("."), Pipeline.from(raw,
                Path.of(".")), Long.MAX_VALUE, RunListener.NONE);
        assertEquals(List.of(), sizes(s));
        assertEquals(300, s.pipeline().spec().problem().size());
        assertEquals("", s.limit(), "not grown, so no limit was met");
        assertFalse(s.grows(), "no provenance.sizing for an explicit size");
    }

    @Test
    void aRandomStartIsNeverGrown() {
        // Without the antisymmetric start step 0 is a random network, not the base g.
        ExperimentSpec raw = spec(GAUSSIAN, "problem: {size: 300}\n",
                "estimator: {width: 32, maxSteps: 60, evaluateEvery: 5, antisymmetric: false}\n");
        ProblemSizing.Sized s = run(raw, Long.MAX_VALUE, true);
        assertFalse(s.grows());
        assertEquals(List.of(), sizes(s));
    }

    @Test
    void aSizeTheHeapCannotHoldEndsTheGrowthWithItsReason() {
        ProblemSizing.Sized s = run(spec(GAUSSIAN, "problem: {size: 300}\n"), 1, true);
        assertEquals(List.of(), sizes(s));
        assertEquals(300, s.pipeline().spec().problem().size());
        assertTrue(s.limit().startsWith("N = 600: "), s.limit());
        assertTrue(s.limit().contains("needs about"), s.limit());
    }
}
