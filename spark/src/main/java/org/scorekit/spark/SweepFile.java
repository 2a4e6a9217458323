package org.scorekit.spark;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scorekit.experiment.InputFiles;
import org.scorekit.experiment.InvalidSpecException;

/**
 * A sweep file (YAML or JSON) as a tree, with the line of every key, so that each error names
 * {@code file line L (field)}. Two kinds: a grid over run-spec fields ({@code base} and
 * {@code grid}, {@link SpecGrid}) or a built-in experiment's own grid ({@code experiment},
 * {@link ExperimentGrid}).
 */
final class SweepFile {
    private static final Set<String> SPEC_KEYS = Set.of("base", "grid", "name");
    private static final Set<String> EXPERIMENT_KEYS = Set.of("experiment", "quick", "seeds", "seed");

    private final Path file;
    private final ObjectNode root;
    private final Map<String, Integer> lines;

    private SweepFile(Path file, ObjectNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** Reads and parses the file; a file that is not one object is one line. */
    static SweepFile read(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
            throw new InvalidSpecException(file + ": expected a .yaml, .yml or .json sweep file");
        }
        String text = InputFiles.readText(file);
        ObjectMapper mapper = new YAMLMapper(); // YAML is a superset of JSON
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidSpecException(file + (at == null ? "" : " line " + at.getLineNr())
                    + ": not valid YAML or JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidSpecException(file + ": expected a sweep object (base and grid, or"
                    + " experiment)");
        }
        return new SweepFile(file, (ObjectNode) tree, lines(mapper, text));
    }

    /** The file. */
    Path file() {
        return file;
    }

    /** The top-level object. */
    ObjectNode root() {
        return root;
    }

    /** Whether this is an experiment sweep (else a spec grid). */
    boolean isExperiment() {
        return root.has("experiment");
    }

    /** Fails with one line on a top-level key that the sweep's kind does not have. */
    void requireKeys() {
        Set<String> allowed = isExperiment() ? EXPERIMENT_KEYS : SPEC_KEYS;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw error(key, "not a field of " + (isExperiment()
                        ? "an experiment sweep (experiment, quick, seeds, seed)"
                        : "a spec sweep (base, grid, name)"));
            }
        }
    }

    /** {@code file line L (field): message}, L being the line of the key {@code field}. */
    InvalidSpecException error(String field, String message) {
        Integer line = lines.get(field);
        return new InvalidSpecException(file + (line == null ? "" : " line " + line) + " ("
                + field + "): " + message);
    }

    /** The line of every key, by its dotted path from the root ("grid.estimator.width"). */
    private static Map<String, Integer> lines(ObjectMapper mapper, String text) {
        Map<String, Integer> lines = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        String pendingField = null;
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String prefix = path.isEmpty() ? "" : path.peekLast();
                if (t == JsonToken.FIELD_NAME) {
                    pendingField = p.currentName();
                    lines.putIfAbsent(join(prefix, pendingField), p.currentLocation().getLineNr());
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path.addLast(pendingField == null ? prefix : join(prefix, pendingField));
                    pendingField = null;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.pollLast();
                } else {
                    pendingField = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the same text was parsed above
        }
        return lines;
    }

    private static String join(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** The keys of {@code node} in file order. */
    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
