package org.scorekit.tabular;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scorekit.checks.Checks;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the text of a schema file ({@link SchemaOverrides}) token by token, so that every column
 * name keeps the line and column it is written at and every error names its own position:
 * {@code s.yaml line 3 column 9 (columns.AGE): expected numerical, categorical, target or
 * ignored, got 'number'}.
 */
final class SchemaFile {
    private static final String KEYS = "target, drop or columns";

    private final String source;
    private final JsonParser parser;
    private final Map<String, ColumnType> types = new LinkedHashMap<>();
    private final Set<String> drop = new LinkedHashSet<>();
    private final Map<String, String> places = new LinkedHashMap<>();
    private String target;

    private SchemaFile(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /** The overrides written in {@code text}; YAML when {@code source} ends in .yaml/.yml. */
    static SchemaOverrides parse(String source, String text) {
        JsonFactory factory = source.endsWith(".yaml") || source.endsWith(".yml")
                ? new YAMLFactory() : new JsonFactory();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (JsonParser parser = factory.createParser(text)) {
            SchemaFile file = new SchemaFile(source, parser);
            file.readDocument();
            return new SchemaOverrides(source, file.types, Optional.ofNullable(file.target),
                    file.drop, file.places);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where(source, location(e), "") + ": expected a "
                    + "JSON/YAML schema (" + problem(e) + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private void readDocument() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw error("", "expected keys " + KEYS + ", got " + kind(token));
        }
        for (token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            parser.nextToken();
            switch (key) {
                case "target" -> {
                    target = name("target");
                    places.putIfAbsent(target, here("target"));
                }
                case "drop" -> readDrop();
                case "columns" -> readColumns();
                default -> throw new IllegalArgumentException(where(source, at, "")
                        + ": unknown key " + Checks.quoted(key) + ", expected " + KEYS);
            }
        }
        if (parser.nextToken() != null) {
            throw error("", "unexpected content after the end of the schema");
        }
    }

    private void readDrop() throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error("drop", "expected a list of column names, got "
                    + kind(parser.currentToken()));
        }
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            String field = "drop[" + i + "]";
            String name = name(field);
            drop.add(name);
            places.putIfAbsent(name, here(field));
        }
    }

    private void readColumns() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error("columns", "expected column: type pairs, got "
                    + kind(parser.currentToken()));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String column = parser.currentName();
            String field = "columns." + (column.matches("[\\w .-]{1,40}") ? column
                    : Checks.quoted(column));
            places.putIfAbsent(column, here(field));
            parser.nextToken();
            String label = name(field);
            try {
                types.put(column, ColumnType.of(label));
            } catch (IllegalArgumentException e) {
                throw error(field, "expected numerical, categorical, target or ignored, got "
                        + Checks.quoted(label));
            }
        }
    }

    /** The current token as a column or type name: any scalar but null. */
    private String name(String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            throw error(field, "expected a column name, got " + kind(token));
        }
        return parser.getText();
    }

    private String here(String field) {
        return where(source, parser.currentTokenLocation(), field);
    }

    private IllegalArgumentException error(String field, String expectation) {
        return new IllegalArgumentException(here(field) + ": " + expectation);
    }

    private static String where(String source, JsonLocation at, String field) {
        String line = at == null || at.getLineNr() <= 0 ? "" : " line " + at.getLineNr()
                + (at.getColumnNr() > 0 ? " column " + at.getColumnNr() : "");
        return source + line + (field.isEmpty() ? "" : " (" + field + ")");
    }

    /** The YAML scanner's error, if it caused {@code e}. */
    private static Optional<MarkedYAMLException> yaml(JacksonException e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
                return Optional.of(yaml);
            }
        }
        return Optional.empty();
    }

    /** Where the problem is: the YAML scanner's mark (as for specs), else Jackson's location. */
    private static JsonLocation location(JacksonException e) {
        return yaml(e).map(MarkedYAMLException::getProblemMark)
                .map(m -> new JsonLocation(null, -1, m.getLine() + 1, m.getColumn() + 1))
                .orElse(e.getLocation());
    }

    /** The parser's complaint in its own words, first line only, quoted tokens cut short. */
    private static String problem(JacksonException e) {
        return Checks.shortened(yaml(e).map(y -> (y.getContext() == null ? ""
                : y.getContext() + ", ") + y.getProblem()).orElse(e.getOriginalMessage()));
    }

    private static String kind(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a section of keys";
            case VALUE_NULL -> "null";
            default -> "a single value";
        };
    }
}
