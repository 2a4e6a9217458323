package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class ConvexVsNonconvexTest {
    private static final ExperimentResult QUICK = new ConvexVsNonconvex().run(
            new ExperimentOptions(true, 3, 20261201L), RunListener.NONE);

    @Test
    void quickRunBearsOutEveryClaim() {
        assertEquals("convex-vs-nonconvex", QUICK.experiment());
        for (ExperimentResult.Claim c : QUICK.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
    }

    @Test
    void everyRunStaysAboveTheCertifiedBoundAndUnboundedProgramsAreNotRun() {
        ExperimentResult.ResultTable runs = table("runs");
        int margin = runs.columns().indexOf("margin");
        // 11 bounded programs (abs with skip at beta = 1 is unbounded) x 2 optimizers x 5 rates x 3 seeds.
        assertEquals(11 * 2 * 5 * 3, runs.rows().size());
        for (double[] row : runs.rows()) {
            assertTrue(row[margin] >= 0, "margin " + row[margin]);
        }
        assertEquals(List.of(1.0, 1.0, 1.0, 2.0), Arrays.stream(table("unbounded").rows().get(0))
                .boxed().toList());
    }

    @Test
    void curvesHoldTheDashedOptimumAndOneColumnPerRun() {
        ExperimentResult.ResultTable curves = table("curves-beta-1");
        assertEquals(2 + 2 * 5 * 3, curves.columns().size());
        int optimum = curves.columns().indexOf("certified_optimum");
        for (double[] row : curves.rows()) {
            assertEquals(-9.346233, row[optimum], 3e-6);
        }
        assertTrue(QUICK.plots().stream().allMatch(p -> !p.table().startsWith("curves")
                || p.styles().equals(Map.of("certified_optimum", ExperimentResult.SeriesStyle.DASHED))));
    }

    private static ExperimentResult.ResultTable table(String name) {
        return QUICK.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
