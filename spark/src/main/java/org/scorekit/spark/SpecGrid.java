package org.scorekit.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.InputFiles;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.Pipeline;
import org.scorekit.experiment.SpecReader;

/**
 * A grid over run-spec fields: a base spec ({@code base:} a spec file relative to the sweep
 * file, or an inline spec) and {@code grid:} dotted spec fields, each with a list of values.
 * The cells are the Cartesian product, the last field varying fastest. Every cell is read and
 * resolved as {@code scorekit run} would before any cell runs, so a field that is not a spec
 * field, a value the spec refuses or an empty grid is one line before any work.
 */
final class SpecGrid {
    /** The most cells a sweep may have. */
    static final long MAX_CELLS = 10_000;

    private final SweepFile file;
    private final ObjectNode base;
    private final Path baseDir;
    private final Map<String, List<JsonNode>> grid;
    private final List<Cell> cells;

    /** One cell: its index, its values of the swept fields, its spec as JSON text. */
    record Cell(int index, Map<String, JsonNode> values, String specJson) {
        /** The cell's folder name, e.g. {@code cell-007}. */
        String name(int cellCount) {
            int digits = Math.max(3, String.valueOf(cellCount - 1).length());
            return String.format("cell-%0" + digits + "d", index);
        }
    }

    private SpecGrid(SweepFile file, ObjectNode base, Path baseDir, Map<String, List<JsonNode>> grid) {
        this.file = file;
        this.base = base;
        this.baseDir = baseDir;
        this.grid = grid;
        this.cells = expand();
    }

    /** The grid of a spec sweep file, every cell checked. */
    static SpecGrid of(SweepFile file) {
        file.requireKeys();
        ObjectNode root = file.root();
        if (!root.has("base")) {
            throw file.error("base", "missing: a spec file or an inline spec");
        }
        JsonNode b = root.get("base");
        Path sweepDir = file.file().toAbsolutePath().getParent();
        ObjectNode base;
        Path baseDir;
        if (b.isTextual()) {
            Path specFile = sweepDir.resolve(b.asText());
            SpecReader.read(specFile); // the base alone must be a valid spec (errors name its lines)
            base = readTree(specFile);
            baseDir = specFile.toAbsolutePath().getParent();
        } else if (b.isObject()) {
            base = (ObjectNode) b;
            baseDir = sweepDir;
        } else {
            throw file.error("base", "expected a spec file name or an inline spec object");
        }
        JsonNode g = root.get("grid");
        if (g == null || !g.isObject() || g.isEmpty()) {
            throw file.error("grid", "expected at least one spec field with a list of values");
        }
        Map<String, List<JsonNode>> grid = new LinkedHashMap<>();
        BigInteger count = BigInteger.ONE;
        for (String field : SweepFile.keys(g)) {
            JsonNode values = g.get(field);
            if (!values.isArray() || values.isEmpty()) {
                throw file.error("grid." + field, "expected a non-empty list of values");
            }
            List<JsonNode> list = new ArrayList<>();
            values.forEach(list::add);
            grid.put(field, list);
            count = count.multiply(BigInteger.valueOf(list.size()));
        }
        if (count.compareTo(BigInteger.valueOf(MAX_CELLS)) > 0) {
            throw file.error("grid", "the grid has " + count + " cells; a sweep runs at most "
                    + MAX_CELLS);
        }
        return new SpecGrid(file, base, baseDir, grid);
    }

    /** The swept fields, in file order. */
    List<String> fields() {
        return List.copyOf(grid.keySet());
    }

    /** The cells, in order. */
    List<Cell> cells() {
        return cells;
    }

    /** The folder that relative paths in the cells' specs are resolved against. */
    Path baseDir() {
        return baseDir;
    }

    /** The spec of a cell, read back from its JSON. */
    static ExperimentSpec spec(Cell cell) {
        return SpecReader.parse(cell.specJson(), cell.name(1), false);
    }

    private List<Cell> expand() {
        for (String field : grid.keySet()) {
            // Each field alone, at its first value, on the base: a typo names its own line.
            ObjectNode probe = base.deepCopy();
            set(probe, field, grid.get(field).get(0));
            check(probe, "grid." + field);
        }
        List<Cell> out = new ArrayList<>();
        List<String> fields = fields();
        int[] at = new int[fields.size()];
        int total = 1;
        for (List<JsonNode> v : grid.values()) {
            total *= v.size();
        }
        for (int index = 0; index < total; index++) {
            ObjectNode spec = base.deepCopy();
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int k = 0; k < fields.size(); k++) {
                JsonNode v = grid.get(fields.get(k)).get(at[k]);
                values.put(fields.get(k), v);
                set(spec, fields.get(k), v);
            }
            check(spec, "grid");
            out.add(new Cell(index, values, spec.toString()));
            for (int k = fields.size() - 1; k >= 0 && ++at[k] == grid.get(fields.get(k)).size(); k--) {
                at[k] = 0;
            }
        }
        return out;
    }

    /** Sets a dotted field, creating the objects on its path. */
    private void set(ObjectNode spec, String field, JsonNode value) {
        String[] parts = field.split("\\.", -1);
        ObjectNode node = spec;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (child == null || child.isNull()) {
                child = node.putObject(parts[i]);
            } else if (!child.isObject()) {
                throw file.error("grid." + field, String.join(".", List.of(parts).subList(0, i + 1))
                        + " is not an object in the base spec, so it has no field " + parts[i + 1]);
            }
            node = (ObjectNode) child;
        }
        if (parts[parts.length - 1].isEmpty()) {
            throw file.error("grid." + field, "not a spec field name");
        }
        node.set(parts[parts.length - 1], value);
    }

    /** Fails with one line, at {@code field}, unless the spec reads and resolves. */
    private void check(ObjectNode spec, String field) {
        try {
            Pipeline.from(SpecReader.parse(spec.toString(), "spec", false), baseDir);
        } catch (InvalidSpecException e) {
            throw file.error(field, e.getMessage().replaceFirst("^spec(:| line [0-9]+ column [0-9]+)"
                    + " ?", ""));
        }
    }

    private static ObjectNode readTree(Path specFile) {
        try {
            return (ObjectNode) new YAMLMapper().readTree(InputFiles.readText(specFile));
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException(specFile + ": " + e.getOriginalMessage());
        }
    }

    /** The grid as JSON (for the sweep record). */
    ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("base", base);
        ObjectNode g = out.putObject("grid");
        grid.forEach((k, v) -> {
            ArrayNode a = g.putArray(k);
            v.forEach(a::add);
        });
        return out;
    }
}
