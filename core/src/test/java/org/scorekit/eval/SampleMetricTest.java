package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SampleMetricTest {
    /** A new metric must be added here and get its own {@link MetricContract} subclass. */
    @Test
    void knowsEveryMetricByItsStableName() {
        List<String> names = List.of("mmd", "sliced-w2", "energy", "mean-error", "cov-error");
        assertEquals(names, Arrays.stream(SampleMetric.values()).map(SampleMetric::label).toList());
        for (String name : names) {
            assertEquals(name, SampleMetric.of(name).create().name());
        }
        for (SampleMetric metric : SampleMetric.values()) {
            assertEquals(metric.name().toLowerCase(Locale.ROOT).replace('_', '-'), metric.label(),
                    "a metric is spelled as its constant in kebab case");
        }
    }

    @Test
    void rejectsAnUnknownNameListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleMetric.of("wasserstein"));
        assertEquals("metric must be one of [mmd, sliced-w2, energy, mean-error, cov-error]: "
                + "wasserstein", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SampleMetric.of(null));
    }
}
