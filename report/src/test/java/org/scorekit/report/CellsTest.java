package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CellsTest {
    @Test
    void numbersHaveFourSignificantDigitsAndNoTrailingZeros() {
        assertEquals("0.12", Cells.number(0.12));
        assertEquals("8123", Cells.number(8123.4));
        assertEquals("41.2", Cells.number(41.2));
        assertEquals("0.00012", Cells.number(1.2e-4));
        assertEquals("1.235e-07", Cells.number(1.23456e-7));
        assertEquals("400", Cells.number(400.0));
        assertEquals("-2.5", Cells.number(-2.5));
        assertEquals("1.235e+10", Cells.number(1.2345e10));
        assertEquals("NaN", Cells.number(Double.NaN));
    }

    @Test
    void jsonValuesKeepIntegersAndMarkAbsentFields() throws Exception {
        JsonNode node = new ObjectMapper().readTree(
                "{\"seed\": 12345678901, \"x\": 0.333333, \"s\": \"a\", \"n\": null}");
        assertEquals("12345678901", Cells.value(node, "seed"));
        assertEquals("0.3333", Cells.value(node, "x"));
        assertEquals("a", Cells.value(node, "s"));
        assertEquals(Cells.NOT_RECORDED, Cells.value(node, "n"));
        assertEquals(Cells.NOT_RECORDED, Cells.value(node, "missing"));
    }

    @Test
    void standardErrorIsAppendedOnlyWhenRecorded() throws Exception {
        JsonNode node = new ObjectMapper().readTree(
                "{\"learned\": 0.12, \"learnedStdErr\": 0.004, \"untrained\": 2.3}");
        assertEquals("0.12 ± 0.004", Cells.withStdErr(node, "learned", "learnedStdErr"));
        assertEquals("2.3", Cells.withStdErr(node, "untrained", "untrainedStdErr"));
    }

    @Test
    void ratioAndPositionBetweenFloorAndCeiling() {
        assertEquals("0.05217", Cells.ratio(0.12, 2.3));
        assertEquals(Cells.UNDEFINED, Cells.ratio(1, 0));
        assertEquals(Cells.NOT_RECORDED, Cells.ratio(Double.NaN, 2));
        assertEquals("0", Cells.position(0.001, 0.001, 0.35));
        assertEquals("1", Cells.position(0.35, 0.001, 0.35));
        assertEquals("0.5", Cells.position(0.2, 0.1, 0.3));
        assertEquals("-0.5", Cells.position(0.05, 0.1, 0.2));
        assertEquals(Cells.UNDEFINED, Cells.position(0.2, 0.3, 0.3));
        assertEquals(Cells.NOT_RECORDED, Cells.position(0.2, Double.NaN, 0.3));
    }
}
