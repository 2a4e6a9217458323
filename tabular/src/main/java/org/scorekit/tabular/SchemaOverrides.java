package org.scorekit.tabular;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user fixes instead of inference: column types, the target ({@code --target}) and
 * columns to leave out ({@code --drop}). A schema file (JSON, or YAML by extension
 * {@code .yaml}/{@code .yml}) reads
 * <pre>
 * target: default payment next month
 * drop: [ID]
 * columns: {PAY_0: categorical, AGE: numerical}
 * </pre>
 * with every key optional; types are {@code numerical}, {@code categorical}, {@code target},
 * {@code ignored}.
 *
 * @param source  where the overrides came from, for messages
 * @param types   column name → type
 * @param target  the target column, if named
 * @param drop    columns to leave out
 */
public record SchemaOverrides(String source, Map<String, ColumnType> types, Optional<String> target,
                              Set<String> drop) {
    /** Nothing overridden. */
    public static final SchemaOverrides NONE = new SchemaOverrides("arguments", Map.of(),
            Optional.empty(), Set.of());

    public SchemaOverrides {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        drop = Collections.unmodifiableSet(new LinkedHashSet<>(drop));
    }

    /** The file's overrides. */
    public static SchemaOverrides read(Path file) throws IOException {
        String name = file.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
                ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File content;
        try {
            content = mapper.readValue(Files.readString(file), File.class);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": expected UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": file not found");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file + ": expected a schema with keys target, drop, "
                    + "columns: " + e.getOriginalMessage());
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        if (content != null && content.columns() != null) {
            content.columns().forEach((column, type) -> {
                try {
                    types.put(column, ColumnType.of(type));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": column '" + column + "': "
                            + e.getMessage());
                }
            });
        }
        return new SchemaOverrides(file.toString(), types,
                Optional.ofNullable(content == null ? null : content.target()),
                content == null || content.drop() == null ? Set.of() : Set.copyOf(content.drop()));
    }

    /** These overrides with the command line's target and drops on top. */
    public SchemaOverrides with(Optional<String> targetColumn, List<String> dropColumns) {
        Set<String> allDrops = new LinkedHashSet<>(drop);
        allDrops.addAll(dropColumns);
        return new SchemaOverrides(source, types, targetColumn.or(() -> target), allDrops);
    }

    /** The schema file's JSON/YAML shape. */
    private record File(String target, List<String> drop, Map<String, String> columns) {
    }
}
