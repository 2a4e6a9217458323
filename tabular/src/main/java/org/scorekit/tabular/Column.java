package org.scorekit.tabular;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.checks.Checks;

/**
 * One typed column of a {@link Table}. A numerical column holds doubles, NaN where the cell was
 * missing; a categorical column (feature or target) holds a code per row into its levels, the
 * canonical categories of {@link Cells} sorted in String order ({@link Cells#MISSING} is a
 * level like any other).
 */
public final class Column {
    private final String name;
    private final ColumnType type;
    private final double[] numbers;
    private final int[] codes;
    private final List<String> levels;

    private Column(String name, ColumnType type, double[] numbers, int[] codes, List<String> levels) {
        this.name = name;
        this.type = type;
        this.numbers = numbers;
        this.codes = codes;
        this.levels = levels;
    }

    /** A numerical column; NaN marks a missing value. */
    public static Column numerical(String name, double[] values) {
        return new Column(name, ColumnType.NUMERICAL, values.clone(), null, null);
    }

    /**
     * A categorical feature or target column of codes into {@code levels} (distinct, sorted).
     */
    public static Column categorical(String name, ColumnType type, int[] codes, List<String> levels) {
        Checks.require(type.isCategorical(), "type must be categorical or target: " + type);
        List<String> sorted = List.copyOf(levels);
        Checks.require(sorted.stream().sorted().distinct().toList().equals(sorted),
                "levels of " + name + " must be distinct and sorted: " + levels);
        for (int code : codes) {
            Checks.require(code >= 0 && code < sorted.size(),
                    "codes of " + name + " must be in [0, " + sorted.size() + "): " + code);
        }
        return new Column(name, type, null, codes.clone(), sorted);
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    /** The number of rows. */
    public int size() {
        return numbers != null ? numbers.length : codes.length;
    }

    /** The values of a numerical column (a copy); NaN where missing. */
    public double[] numbers() {
        Checks.require(numbers != null, "column " + name + " must be numerical: " + type.label());
        return numbers.clone();
    }

    /** The level codes of a categorical column (a copy). */
    public int[] codes() {
        Checks.require(codes != null, "column " + name + " must be categorical: " + type.label());
        return codes.clone();
    }

    /** The sorted levels of a categorical column. */
    public List<String> levels() {
        Checks.require(codes != null, "column " + name + " must be categorical: " + type.label());
        return levels;
    }

    /** The levels of a categorical column that occur in its rows (a selection may lack some). */
    public List<String> occurring() {
        boolean[] seen = new boolean[levels().size()];
        for (int code : codes) {
            seen[code] = true;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < seen.length; k++) {
            if (seen[k]) {
                out.add(levels.get(k));
            }
        }
        return out;
    }

    /** The category of row i of a categorical column. */
    public String category(int i) {
        return levels().get(codes[i]);
    }

    /** The rows at the given positions, in that order (positions may repeat). */
    public Column select(int[] rows) {
        if (numbers != null) {
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = numbers[rows[i]];
            }
            return new Column(name, type, out, null, null);
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = codes[rows[i]];
        }
        return new Column(name, type, null, out, levels);
    }

    @Override
    public String toString() {
        return name + " (" + type.label() + ", " + size() + " rows"
                + (levels != null ? ", levels " + levels.size() : "") + ")";
    }
}
