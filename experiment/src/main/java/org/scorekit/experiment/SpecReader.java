package org.scorekit.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads specs and mixture files from JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml})
 * strictly: unknown fields, wrong types, floats for integers, strings for numbers and trailing
 * content are errors. Every error becomes one {@link InvalidSpecException} line naming the file,
 * the line and the field path, and what was expected.
 */
public final class SpecReader {
    private SpecReader() {
    }

    /** Reads an experiment spec file. */
    public static ExperimentSpec read(Path file) {
        return read(file, ExperimentSpec.class);
    }

    /** Reads a spec from text (for built-in specs); {@code source} names it in errors. */
    public static ExperimentSpec parse(String text, String source, boolean yaml) {
        requireContent(text, source);
        try {
            return mapper(yaml).readValue(text, ExperimentSpec.class);
        } catch (JsonProcessingException e) {
            throw translate(source, e);
        }
    }

    /** Reads a file of the given record type. */
    public static <T> T read(Path file, Class<T> type) {
        String text = InputFiles.readText(file);
        requireContent(text, file.toString());
        try {
            return mapper(isYaml(file)).readValue(text, type);
        } catch (JsonProcessingException e) {
            throw translate(file.toString(), e);
        }
    }

    private static void requireContent(String text, String source) {
        if (text.isBlank()) {
            throw new InvalidSpecException(source + ": the file is empty, expected a JSON or YAML object");
        }
    }

    /** A JSON mapper with the strict settings used for writing resolved specs too. */
    public static ObjectMapper json() {
        return configure(JsonMapper.builder().build());
    }

    private static ObjectMapper mapper(boolean yaml) {
        return yaml ? configure(new YAMLMapper(new YAMLFactory())) : json();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new SpecModule());
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
            LogicalType.Boolean}) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static boolean isYaml(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static InvalidSpecException translate(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = source + (loc != null && loc.getLineNr() > 0 ? " line " + loc.getLineNr() : "");
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String field = path.isEmpty() ? "" : " (" + path + ")";
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            what = "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? ""
                    : ", expected one of: " + known);
        } else if (e instanceof InvalidTypeIdException t) {
            what = t.getTypeId() == null ? "missing type name"
                    : "unknown type '" + t.getTypeId() + "'" + knownTypes(t);
        } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            what = v.getCause().getMessage();
        } else if (isNonFinite(e.getOriginalMessage())) {
            what = "expected a finite number, got " + firstLine(e.getOriginalMessage())
                    .replaceAll("^[^']*('[^']*').*$", "$1");
        } else {
            what = firstLine(e.getOriginalMessage());
        }
        return new InvalidSpecException(where + field + ": " + what, e);
    }

    private static boolean isNonFinite(String message) {
        return message != null && (message.startsWith("Malformed numeric value")
                || message.contains("Non-standard token 'NaN'")
                || message.contains("Non-standard token 'Infinity'")
                || message.contains("Non-standard token '-Infinity'"));
    }

    private static String knownTypes(InvalidTypeIdException t) {
        String msg = t.getOriginalMessage();
        int i = msg.indexOf("known type ids = ");
        if (i < 0) {
            return "";
        }
        int end = msg.indexOf(')', i);
        return ", expected one of " + msg.substring(i + "known type ids = ".length(),
                end < 0 ? msg.length() : end).trim();
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid content";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
