package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stopping-rules table with and without the RWY rule (computed only at moderate N). */
class ResultTablesTest {
    private static ObjectNode results(boolean rwy) {
        ObjectNode r = new ObjectMapper().createObjectNode();
        ObjectNode t = r.putObject("training").put("steps", 110).put("size", 16000)
                .put("tauOracle", 10).put("oracleRiskAtTauOracle", 0.9398)
                .put("tauValidation", 10).put("oracleRiskAtTauValidation", 0.9398)
                .put("oracleRiskAtLastStep", 1.305);
        if (rwy) {
            t.put("tauRwy", 123).put("sigmaEff", 0.03).put("rwyStep", 0.5).put("boundK", 7.5)
                    .put("oracleRiskAtTauRwy", 1.2);
        }
        return r;
    }

    @Test
    void theRwyRowNamesItsConstantsWhenTheRuleWasComputed() {
        List<String> row = ResultTables.stopping(results(true)).orElseThrow().rows().get(2);
        assertEquals(List.of("RWY (sigma_eff 0.03, omega 0.5, B_K 7.5)", "123",
                "not reached (training stopped at step 110)"), row);
    }

    @Test
    void aRunAboveTheDenseLimitSaysWhereRwyWasNotComputed() {
        var table = ResultTables.stopping(results(false)).orElseThrow();
        assertEquals(List.of("oracle", "10", "0.9398"), table.rows().get(0));
        List<String> row = table.rows().get(2);
        assertEquals("not computed", row.get(1));
        assertTrue(row.get(2).startsWith("N = 16000 is above the dense-spectrum limit"), row.get(2));
        assertEquals(List.of("last step", "110", "1.305"), table.rows().get(3));
    }

    @Test
    void aRecordWithoutStoppingTimesHasNoTable() {
        ObjectNode r = new ObjectMapper().createObjectNode();
        r.putObject("training").put("steps", 400);
        assertTrue(ResultTables.stopping(r).isEmpty());
    }

    @Test
    void aGrownProblemSizeIsAProvenanceRowAndAnUngrownOneIsNot() {
        ObjectNode run = new ObjectMapper().createObjectNode();
        ObjectNode sizing = run.putObject("provenance").putObject("sizing")
                .put("rule", "N times 4 up to 16000 while the validation gain over step 0 is at"
                        + " most 3.0 standard errors")
                .put("size", 4000);
        sizing.putArray("attempts");
        List<List<String>> rows = ResultTables.provenance(run).orElseThrow().rows();
        assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("problem size")), rows.toString());
        sizing.put("size", 16000).withArray("attempts").addObject().put("size", 4000)
                .put("selectedStep", 0);
        rows = ResultTables.provenance(run).orElseThrow().rows();
        assertEquals(List.of("problem size", "N = 16000 (grown from 4000 where the validation gain"
                + " was not significant; rule: N times 4 up to 16000 while the validation gain over"
                + " step 0 is at most 3.0 standard errors)"),
                rows.get(rows.size() - 1));
    }
}
