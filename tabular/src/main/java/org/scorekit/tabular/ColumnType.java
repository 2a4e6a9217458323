package org.scorekit.tabular;

import java.util.Locale;

/**
 * The role of a table column (spec/tabular-protocol.md §1.2). The target is a categorical
 * column (binary or multi-class classification) that metrics append after the categorical
 * features; ignored columns (identifiers, {@code --drop}) are read but never used.
 */
public enum ColumnType {
    NUMERICAL,
    CATEGORICAL,
    TARGET,
    IGNORED;

    /** The lowercase name used in schema files and outputs, e.g. {@code "numerical"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the column holds categories (a categorical feature or the target). */
    public boolean isCategorical() {
        return this == CATEGORICAL || this == TARGET;
    }

    /** The type with the given {@link #label()}. */
    public static ColumnType of(String label) {
        for (ColumnType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("column type must be one of numerical, categorical, "
                + "target, ignored: " + label);
    }
}
