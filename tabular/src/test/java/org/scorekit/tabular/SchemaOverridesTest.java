package org.scorekit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schema files in YAML and JSON: what they override, and where their errors point. */
class SchemaOverridesTest {
    @Test
    void yamlAndJsonSayTheSameAndKeepWhereEachNameIs() {
        SchemaOverrides yaml = SchemaOverrides.parse("s.yaml",
                "target: y\ndrop: [id]\ncolumns:\n  code: numerical\n  2020: categorical\n");
        SchemaOverrides json = SchemaOverrides.parse("s.json",
                "{\"target\": \"y\", \"drop\": [\"id\"], \"columns\": {\"code\": \"numerical\","
                        + " \"2020\": \"categorical\"}}");
        for (SchemaOverrides o : List.of(yaml, json)) {
            assertEquals(Optional.of("y"), o.target());
            assertEquals(Set.of("id"), o.drop());
            assertEquals(Map.of("code", ColumnType.NUMERICAL, "2020", ColumnType.CATEGORICAL),
                    o.types());
        }
        assertEquals("s.yaml line 1 column 9 (target)", yaml.place("y"));
        assertEquals("s.yaml line 2 column 8 (drop[0])", yaml.place("id"));
        assertEquals("s.yaml line 5 column 3 (columns.2020)", yaml.place("2020"));
        assertEquals("s.json line 1 column 45 (columns.code)", json.place("code"));
        assertEquals("--target", yaml.with(Optional.of("code"), List.of()).place("code"));
    }

    @Test
    void emptyOrNullFileOverridesNothing() {
        assertEquals(Map.of(), SchemaOverrides.parse("s.yaml", "").types());
        assertEquals(Optional.empty(), SchemaOverrides.parse("s.yaml", "---\n~\n").target());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "columns: {a: numeric}|s.yaml line 1 column 14 (columns.a): expected numerical, "
            + "categorical, target or ignored, got 'numeric'",
        "drop: id|s.yaml line 1 column 7 (drop): expected a list of column names, got a single value",
        "drop: [[a]]|s.yaml line 1 column 8 (drop[0]): expected a column name, got a list",
        "target:|s.yaml line 1 column 8 (target): expected a column name, got null",
        "columns: [a]|s.yaml line 1 column 10 (columns): expected column: type pairs, got a list",
        "- a|s.yaml line 1 column 1: expected keys target, drop or columns, got a list",
        "taget: y|s.yaml line 1 column 1: unknown key 'taget', expected target, drop or columns",
        "target: a\\ntarget: b|s.yaml line 2 column 7: expected a JSON/YAML schema (Duplicate field 'target')",
        "target: 'a|s.yaml line 1 column 11: expected a JSON/YAML schema (while scanning a quoted "
            + "scalar, found unexpected end of stream)",
        "target: a\\ncolumns: {b: target}|s.yaml line 2 column 11 (columns.b): expected one target "
            + "column, got 'b' besides 'a' (s.yaml line 1 column 9 (target))"})
    void errorsNameLineColumnAndField(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchemaOverrides.parse("s.yaml", text.replace("\\n", "\n")));
        assertEquals(expected, e.getMessage().substring(0, Math.min(expected.length(),
                e.getMessage().length())), e.getMessage());
    }

    @Test
    void aLongHeaderIsListedShort() {
        List<String> header = new ArrayList<>();
        for (int j = 0; j < 1000; j++) {
            header.add("c" + j);
        }
        RawTable wide = RawTable.of("w.csv", header, List.<String[]>of(header.toArray(String[]::new)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchemaInference.infer(wide, SchemaOverrides.NONE.with(Optional.empty(),
                        List.of("nope"))));
        assertEquals("w.csv line 1: expected a column 'nope' (--drop), got columns 'c0', 'c1', "
                + "'c2', 'c3', 'c4', 'c5', 'c6', 'c7', ... (1000 in all)", e.getMessage());
    }
}
