package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.scorekit.checks.Checks;

/**
 * A fitted {@link TableEncoder} as JSON text: {@code {"format": "scorekit-encoder", "version": 2,
 * "spec": {…}, "columns": [{"kind": "numerical", …}, …]}}. Numbers are written in Java's
 * shortest round-trip decimal form, so a read encoder decodes bit for bit as the written one.
 * Reading is strict (unknown, missing, null or duplicate fields, trailing content and every
 * record's own check are errors), and every error is one line naming the source, the line and
 * column, the field path and what was expected:
 * {@code encoder.json line 9 column 7 (columns[0].scaler.quantiles): quantiles must be
 * non-decreasing: 1.0 after 2.0}.
 */
public final class EncoderFile {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "scorekit-encoder";
    /** The version written and read (2: quantile-normal scalers record their end ties). */
    public static final int VERSION = 2;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private EncoderFile() {
    }

    /** The file's fields. */
    private record Document(String format, int version, EncodingSpec spec,
                            List<ColumnEncoding> columns) {
    }

    /** The JSON text of {@code encoder}, ending in a newline. */
    public static String toJson(TableEncoder encoder) {
        try {
            return MAPPER.writeValueAsString(new Document(FORMAT, VERSION, encoder.spec(),
                    encoder.columns())) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an encoder must be writable as JSON", e);
        }
    }

    /** The encoder written in {@code text}; {@code source} names it in errors. */
    public static TableEncoder parse(String source, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            String format = root != null && root.isObject() ? root.path("format").asText() : "";
            Checks.require(format.equals(FORMAT), source + ": expected a scorekit encoder file "
                    + "(\"format\": \"" + FORMAT + "\"), got " + (format.isEmpty()
                    ? "another file" : "format " + Checks.quoted(format)));
            JsonNode version = root.path("version");
            Checks.require(version.isInt() && version.asInt() == VERSION, source + " (version): "
                    + "expected " + VERSION + ", got " + (version.isMissingNode() ? "none"
                    : Checks.quoted(version.toString())));
            Document d = MAPPER.readValue(text, Document.class);
            try {
                return new TableEncoder(d.spec(), d.columns());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " (columns): " + e.getMessage(), e);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where(source, e.getLocation())
                    + field(e) + ": " + problem(e), e);
        }
    }

    private static String where(String source, JsonLocation at) {
        return at == null || at.getLineNr() <= 0 ? source : source + " line " + at.getLineNr()
                + (at.getColumnNr() > 0 ? " column " + at.getColumnNr() : "");
    }

    /** The field path, {@code columns[3].scaler.quantiles}, in parentheses; empty when none. */
    private static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() > 0 ? "." : "").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return " (" + b + ")";
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return Checks.shortened(e.getCause().getMessage());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field " + Checks.quoted(u.getPropertyName());
        }
        if (e.getOriginalMessage().startsWith("Missing creator property")) {
            return "missing field";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expectation(m.getTargetType());
        }
        return Checks.shortened(e.getOriginalMessage());
    }

    /** What a value of this Java type is, in the words of the file. */
    private static String expectation(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a name";
        }
        return type.isArray() || List.class.isAssignableFrom(type) ? "a list" : "a section of fields";
    }
}
