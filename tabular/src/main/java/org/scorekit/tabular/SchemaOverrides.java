package org.scorekit.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.scorekit.checks.Checks;

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
 * {@code ignored}. At most one column is the target.
 *
 * @param source  where the overrides came from, for messages
 * @param types   column name → type
 * @param target  the target column, if named
 * @param drop    columns to leave out
 * @param places  column name → where it was named, for messages: a schema file's line, column
 *                and field ({@code s.yaml line 3 column 3 (columns.AGE)}) or an option
 *                ({@code --target}); a name missing here was named in {@code source}
 */
public record SchemaOverrides(String source, Map<String, ColumnType> types, Optional<String> target,
                              Set<String> drop, Map<String, String> places) {
    /** Nothing overridden. */
    public static final SchemaOverrides NONE = new SchemaOverrides("arguments", Map.of(),
            Optional.empty(), Set.of());
    /** Column names shown when a message lists a table's columns. */
    private static final int LISTED = 8;

    public SchemaOverrides {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        drop = Collections.unmodifiableSet(new LinkedHashSet<>(drop));
        places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
        List<String> targets = new ArrayList<>();
        target.ifPresent(targets::add);
        types.forEach((name, type) -> {
            if (type == ColumnType.TARGET && !targets.contains(name)) {
                targets.add(name);
            }
        });
        if (targets.size() > 1) {
            throw new IllegalArgumentException(place(places, source, targets.get(1))
                    + ": expected one target column, got " + Checks.quoted(targets.get(1))
                    + " besides " + Checks.quoted(targets.get(0)) + " ("
                    + place(places, source, targets.get(0)) + ")");
        }
    }

    /** Overrides named in {@code source} as a whole (no positions). */
    public SchemaOverrides(String source, Map<String, ColumnType> types, Optional<String> target,
                           Set<String> drop) {
        this(source, types, target, drop, Map.of());
    }

    /**
     * The overrides written in a schema file's text; {@code source} (the file's name) picks YAML
     * or JSON and names the file in errors, which give the line, column and field at fault.
     */
    public static SchemaOverrides parse(String source, String text) {
        return SchemaFile.parse(source, text);
    }

    /** These overrides with the command line's target and drops on top. */
    public SchemaOverrides with(Optional<String> targetColumn, List<String> dropColumns) {
        Set<String> allDrops = new LinkedHashSet<>(drop);
        allDrops.addAll(dropColumns);
        Map<String, String> allPlaces = new LinkedHashMap<>(places);
        dropColumns.forEach(name -> allPlaces.putIfAbsent(name, "--drop"));
        targetColumn.ifPresent(name -> allPlaces.put(name, "--target"));
        return new SchemaOverrides(source, types, targetColumn.or(() -> target), allDrops,
                allPlaces);
    }

    /** Where the named column was given. */
    public String place(String name) {
        return place(places, source, name);
    }

    private static String place(Map<String, String> places, String source, String name) {
        return places.getOrDefault(name, source);
    }

    /**
     * Fails unless every column named here is in {@code table}'s header: a name from an option
     * is reported at the header ({@code data.csv line 1: expected a column 'label' (--target),
     * got columns 'a', 'b'}), a name from a schema file at its own line and column.
     */
    void requireNamesIn(RawTable table) {
        Set<String> named = new LinkedHashSet<>();
        target.ifPresent(named::add);
        named.addAll(types.keySet());
        named.addAll(drop);
        for (String name : named) {
            if (!table.header().contains(name)) {
                String where = place(name);
                String columns = listed(table.header());
                throw new IllegalArgumentException(where.startsWith("--")
                        ? table.source() + " line 1: expected a column " + Checks.quoted(name)
                                + " (" + where + "), got columns " + columns
                        : where + ": expected a column of " + table.source() + ", got "
                                + Checks.quoted(name) + " (its columns: " + columns + ")");
            }
        }
    }

    private static String listed(List<String> header) {
        String shown = header.stream().limit(LISTED).map(Checks::quoted)
                .collect(Collectors.joining(", "));
        return header.size() <= LISTED ? shown : shown + ", ... (" + header.size() + " in all)";
    }
}
