package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
    /** A new metric must be added here and get its own {@link MetricContract} subclass. */
    @Test
    void knowsEveryMetricByItsStableName() {
        List<String> names = List.of("mmd", "sliced-w2", "energy", "mean-error", "cov-error");
        assertEquals(names, Metrics.names());
        for (String name : names) {
            assertEquals(name, Metrics.byName(name).name());
        }
        assertEquals(names, Metrics.all().stream().map(Metric::name).toList());
    }

    @Test
    void rejectsAnUnknownNameListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.byName("wasserstein"));
        assertEquals("metric must be one of [mmd, sliced-w2, energy, mean-error, cov-error]: "
                + "wasserstein", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.byName(null));
    }
}
