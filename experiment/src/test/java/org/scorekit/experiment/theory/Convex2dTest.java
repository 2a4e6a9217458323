package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class Convex2dTest {
    private static final ExperimentResult QUICK = new Convex2d().run(
            new ExperimentOptions(true, 1, 20261201L), RunListener.NONE);

    @Test
    void quickRunBearsOutEveryClaim() {
        assertEquals("convex-2d", QUICK.experiment());
        for (ExperimentResult.Claim c : QUICK.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
    }

    @Test
    void unboundedBetaHasNoOptimumRowAndArrowsComeInPairs() {
        ExperimentResult.ResultTable optima = table("optima");
        for (double[] row : table("unbounded").rows()) {
            assertTrue(optima.rows().stream().noneMatch(r -> r[0] == row[0]), "beta " + row[0]);
            assertTrue(row[0] < row[2], "below the certified upper bound on beta_min");
        }
        ExperimentResult.ResultTable arrows = table("field-arrows");
        long tails = arrows.rows().stream().filter(r -> !Double.isNaN(r[1])).count();
        assertEquals(2 * CircleSamples.GRID * CircleSamples.GRID, tails);
    }

    @Test
    void everyDsmLevelHasItsCertificateAndSamplesAreDrawnThroughTheLadder() {
        ExperimentResult.ResultTable levels = table("dsm-levels");
        assertEquals(CircleSamples.LEVELS, levels.rows().size());
        double previous = Double.POSITIVE_INFINITY;
        for (double[] row : levels.rows()) {
            assertTrue(row[0] < previous, "levels decrease");
            previous = row[0];
            assertTrue(row[2] >= 0 && row[1] > 0, "objective and gap of sigma " + row[0]);
        }
        assertEquals(CircleSamples.SIGMA_MIN, previous, 1e-12);
        long samples = table("samples").rows().stream().filter(r -> !Double.isNaN(r[1])).count();
        assertEquals(1000, samples);
    }

    private static ExperimentResult.ResultTable table(String name) {
        return QUICK.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
