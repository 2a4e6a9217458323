package org.scorekit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical categories, numbers and missing values (spec §5.1). */
class CellsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|1", "1.0|1", "' 1'|1", "+1|1", "1e0|1", "-0|0", "-3.00|-3", "0.50|0.5", "TRUE|true",
        "False|false", "' red '|red", "''|NA", "NA|NA", "nan|NA", "?|NA", "NaN|NA", "1d|1d",
        "0x10|0x10", "Infinity|Infinity", "1e400|1e400", "9007199254740993|9.007199254740992E15"})
    void categoriesAreCanonical(String raw, String expected) {
        assertEquals(expected, Cells.category(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "NA", "na", "?", "nan", "NAN"})
    void missingTokens(String raw) {
        assertTrue(Cells.isMissing(raw));
        assertTrue(Double.isNaN(Cells.number(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "none", "0", "-"})
    void notMissing(String raw) {
        assertFalse(Cells.isMissing(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"' +1.5e3 '|1500", "-.5|-0.5", "7.|7", "-2|-2"})
    void numbers(String raw, double expected) {
        assertEquals(expected, Cells.number(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1d", "1f", "0x1p3", "Infinity", "1e", "+", ".", "1,5", "e5", "1 2"})
    void notNumbers(String raw) {
        assertTrue(Double.isNaN(Cells.number(raw)), raw);
    }
}
