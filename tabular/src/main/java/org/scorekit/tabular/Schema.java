package org.scorekit.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorekit.checks.Checks;

/**
 * The type of every column of a CSV file, in file order, with the notices that explain the
 * inferred choices (e.g. a row identifier left out). At most one column is the target.
 *
 * @param types   column name → type, in file order
 * @param notices one line per decision a reader should know about
 */
public record Schema(Map<String, ColumnType> types, List<String> notices) {
    public Schema {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        notices = List.copyOf(notices);
        long targets = types.values().stream().filter(t -> t == ColumnType.TARGET).count();
        Checks.require(targets <= 1, "a schema must have at most one target column: " + targets);
    }

    /** The type of the named column. */
    public ColumnType type(String name) {
        ColumnType t = types.get(name);
        Checks.require(t != null, "column must be in the schema: " + name);
        return t;
    }

    /** The names of the columns of the given type, in file order. */
    public List<String> columns(ColumnType type) {
        List<String> out = new ArrayList<>();
        types.forEach((name, t) -> {
            if (t == type) {
                out.add(name);
            }
        });
        return out;
    }
}
