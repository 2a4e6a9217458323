package org.scorekit.experiment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads specs and mixture files from JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml})
 * strictly: unknown fields, wrong types, floats for integers, strings for numbers and trailing
 * content are errors, and so is a document that is only {@code null} or {@code ---}. Every error
 * becomes one {@link InvalidSpecException} line naming the file, the line and column of the
 * offending token, the field path, and what was expected ({@link SpecErrors}).
 */
public final class SpecReader {
    // Configured once (building a mapper costs milliseconds); mappers are thread-safe in use.
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final ObjectMapper YAML = yaml();

    private SpecReader() {
    }

    /** Reads an experiment spec file. */
    public static ExperimentSpec read(Path file) {
        return read(file, ExperimentSpec.class);
    }

    /**
     * {@code e}, raised by a check after {@code file} was read, with the file, line and column
     * of the field it names ({@link SpecErrors#located}); {@code e} itself when the file does not
     * hold that field.
     */
    public static InvalidSpecException locate(Path file, InvalidSpecException e) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString()
                .toLowerCase(Locale.ROOT);
        ObjectMapper mapper = isYaml(name) ? YAML : json();
        return SpecErrors.located(file.toString(), InputFiles.readText(file), mapper.getFactory(), e);
    }

    /** Reads a spec from text (for built-in specs); {@code source} names it in errors. */
    public static ExperimentSpec parse(String text, String source, boolean yaml) {
        return parse(text, source, yaml, ExperimentSpec.class);
    }

    /**
     * Reads a file of the given record type: a regular UTF-8 file ({@link InputFiles}) named
     * {@code .json}, {@code .yaml} or {@code .yml}, holding one object.
     */
    public static <T> T read(Path file, Class<T> type) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString()
                .toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !isYaml(name)) {
            throw new InvalidSpecException(file + ": expected a .json, .yaml or .yml file");
        }
        return parse(InputFiles.readText(file), file.toString(), isYaml(name), type);
    }

    private static <T> T parse(String text, String source, boolean yaml, Class<T> type) {
        if (text.isBlank()) {
            throw new InvalidSpecException(source + ": the file is empty, expected a JSON or YAML object");
        }
        ObjectMapper mapper = mapper(yaml);
        T value;
        try {
            value = mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw notAnObject(mapper, text, source).orElseGet(
                    () -> SpecErrors.translate(source, text, mapper.getFactory(), e));
        }
        if (value == null) {
            throw new InvalidSpecException(source + ": expected a JSON or YAML object (a spec's"
                    + " fields), got an empty document");
        }
        return value;
    }

    /**
     * The error for a document that is not an object at all ({@code null}, {@code ---}, a number,
     * a list), which Jackson would word in terms of Java types.
     */
    private static Optional<InvalidSpecException> notAnObject(ObjectMapper mapper, String text,
                                                               String source) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root != null && root.isObject()) {
            return Optional.empty();
        }
        String got = root == null || root.isMissingNode() || root.isNull()
                || root.isTextual() && root.asText().isEmpty() ? "an empty document"
                : root.isArray() ? "a list" : "a single value";
        return Optional.of(new InvalidSpecException(source + ": expected a JSON or YAML object"
                + " (a spec's fields), got " + got));
    }

    /** A JSON mapper with the strict settings used for writing resolved specs too. */
    public static ObjectMapper json() {
        return JSON.copy();
    }

    private static ObjectMapper mapper(boolean yaml) {
        return yaml ? YAML : JSON;
    }

    private static ObjectMapper yaml() {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's own cap (3 MB) would cut files that InputFiles admits.
        options.setCodePointLimit((int) InputFiles.MAX_BYTES);
        return configure(new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build()));
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

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
