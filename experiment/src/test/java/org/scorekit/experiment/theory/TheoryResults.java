package org.scorekit.experiment.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions shared by the experiment tests. */
final class TheoryResults {
    private TheoryResults() {
    }

    /** Two results hold identical tables, cell by cell. */
    static void assertSameTables(ExperimentResult a, ExperimentResult b) {
        assertEquals(a.tables().size(), b.tables().size(), "number of tables");
        for (int t = 0; t < a.tables().size(); t++) {
            assertEquals(a.tables().get(t).rows().size(), b.tables().get(t).rows().size(), "rows of table " + t);
            for (int i = 0; i < a.tables().get(t).rows().size(); i++) {
                assertArrayEquals(a.tables().get(t).rows().get(i), b.tables().get(t).rows().get(i),
                        "row " + i + " of table " + t);
            }
        }
    }
}
