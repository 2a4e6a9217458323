package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorekit.experiment.RunListener;

class Convex1dTest {
    private static final ExperimentResult QUICK = new Convex1d().run(
            new ExperimentOptions(true, 1, 20261201L), RunListener.NONE);

    @Test
    void quickRunBearsOutEveryClaim() {
        assertEquals("convex-1d", QUICK.experiment());
        for (ExperimentResult.Claim c : QUICK.claims()) {
            assertTrue(c.holds(), c.statement() + ": " + c.evidence());
        }
    }

    @Test
    void unboundedBetasAreListedAndNeverGetANumber() {
        ExperimentResult.ResultTable unbounded = table("unbounded");
        assertEquals(6, unbounded.rows().size());
        for (double[] row : unbounded.rows()) {
            assertTrue(row[3] < row[4], "beta below its threshold");
        }
        for (String sweep : List.of("sweep-gaussian", "sweep-two-component")) {
            for (double[] row : table(sweep).rows()) {
                assertTrue(row[0] >= 1.0, "a swept beta below the threshold has no row");
                assertTrue(Double.isFinite(row[1]), "every listed optimum is a number");
            }
        }
        for (ExperimentResult.Fit f : QUICK.fits()) {
            assertTrue(Double.isFinite(f.value()), f.name());
        }
    }

    @Test
    void impliedDensitiesIntegrateToOne() {
        ExperimentResult.ResultTable shape = table("shape-gaussian");
        int density = shape.columns().indexOf("density_beta_25");
        assertTrue(density > 0, shape.columns().toString());
        double integral = 0;
        List<double[]> rows = shape.rows();
        for (int i = 1; i < rows.size(); i++) {
            integral += 0.5 * (rows.get(i)[density] + rows.get(i - 1)[density])
                    * (rows.get(i)[0] - rows.get(i - 1)[0]);
        }
        // The grid reaches 1.5 beyond the data; the Gaussian tails beyond hold < 1 % of the mass.
        assertEquals(1.0, integral, 0.01);
    }

    private static ExperimentResult.ResultTable table(String name) {
        return QUICK.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
