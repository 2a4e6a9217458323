package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mean ± standard deviation over seeds, the real-data row and the Credit Default anchors. */
class BenchmarkSummaryTest {
    private static JsonNode cell(String split, long seed, double shape, double mle,
                                 double mleReal) throws Exception {
        return new ObjectMapper().readTree(String.format(java.util.Locale.ROOT,
                "{\"split\": \"%s\", \"estimator\": \"theory\", \"seed\": %d, \"fitSeconds\": 10,"
                        + " \"metrics\": {\"shape\": %s, \"mle\": %s, \"mleReal\": %s,"
                        + " \"exactCopies\": 0.01, \"exactCopiesHoldout\": 0.02}}",
                split, seed, shape, mle, mleReal));
    }

    @Test
    void seedsAggregateAsMeanAndSampleDeviationBesideTheAnchors() throws Exception {
        List<JsonNode> cells = List.of(cell("90-10", 0, 0.98, 0.70, 0.77),
                cell("90-10", 1, 0.96, 0.72, 0.77), cell("50-50", 0, 0.5, 0.5, 0.5));
        BenchmarkSummary s = BenchmarkSummary.of(List.of("theory"), cells, true);
        // 2 % and 4 % error: mean 3.00, sample deviation sqrt(2) = 1.41.
        List<String> theory = s.cells().get(0);
        assertEquals(List.of("scorekit theory", "2", "3.00 ± 1.41"), theory.subList(0, 3));
        assertEquals("0.710 ± 0.014", theory.get(8));
        // Exact copies come from the 50-50 cell only, in %.
        assertEquals("1.000", theory.get(10));
        List<String> real = s.cells().get(1);
        assertEquals("Real data", real.get(0));
        assertEquals("0.770 ± 0.000", real.get(8));
        assertEquals("2.000", real.get(10));
        assertEquals("", real.get(2));
        assertEquals(2 + 10, s.rows().size());
        List<String> tabDiff = s.cells().stream().filter(r -> r.get(0).equals("TabDiff"))
                .findFirst().orElseThrow();
        assertEquals(List.of("TabDiff", "5 (published)", "1.16", "2.74", "0.987", "0.515", "0.970",
                "0.5910", "0.763", "0.522", "", "", ""), tabDiff);
        assertTrue(s.text().lines().count() == 13, s.text());
    }
}
