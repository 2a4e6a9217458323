package org.scorekit.tabular;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Column types from the data (spec/tabular-protocol.md §1.2), unless {@link SchemaOverrides}
 * fix them. Rules, applied to the non-missing cells of each column in this order:
 * <ol>
 * <li>no non-missing cell: ignored (notice);</li>
 * <li>a row identifier: every cell present and distinct, more than {@link #CATEGORY_LIMIT}
 * rows, and either integers filling at least half of their range (Credit Default's {@code ID}
 * 1..30000, and the train half or 90 % of such a run that a split writes) or text: ignored
 * (notice);</li>
 * <li>every cell a number, all integers, at most {@link #CATEGORY_LIMIT} distinct values:
 * categorical (codes such as SEX, EDUCATION, PAY_0 with 2–11 levels);</li>
 * <li>every cell a number: numerical;</li>
 * <li>otherwise (text, booleans): categorical.</li>
 * </ol>
 */
public final class SchemaInference {
    /**
     * Integer columns with at most this many distinct values are categorical; the threshold is
     * DataSynthesizer's default {@code category_threshold} of 20.
     */
    public static final int CATEGORY_LIMIT = 20;

    private SchemaInference() {
    }

    /** The schema of {@code table}: overrides where given, the rules above elsewhere. */
    public static Schema infer(RawTable table, SchemaOverrides overrides) {
        overrides.requireNamesIn(table);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        List<String> notices = new ArrayList<>();
        for (int j = 0; j < table.header().size(); j++) {
            String name = table.header().get(j);
            ColumnType type;
            if (overrides.drop().contains(name)) {
                type = ColumnType.IGNORED;
            } else if (overrides.target().filter(name::equals).isPresent()) {
                type = ColumnType.TARGET;
            } else if (overrides.types().containsKey(name)) {
                type = overrides.types().get(name);
            } else {
                type = fromData(table, j, notices);
            }
            types.put(name, type);
        }
        return new Schema(types, notices);
    }

    private static ColumnType fromData(RawTable table, int j, List<String> notices) {
        String name = table.header().get(j);
        Set<String> distinct = new HashSet<>();
        boolean allNumbers = true;
        boolean allIntegers = true;
        int present = 0;
        for (int i = 0; i < table.size(); i++) {
            String cell = table.cell(i, j);
            if (Cells.isMissing(cell)) {
                continue;
            }
            present++;
            double v = Cells.number(cell);
            allNumbers &= !Double.isNaN(v);
            allIntegers &= allNumbers && Cells.isInteger(v);
            distinct.add(Cells.category(cell));
        }
        if (present == 0) {
            notices.add("column '" + name + "' has no values; left out");
            return ColumnType.IGNORED;
        }
        boolean unique = present == table.size() && distinct.size() == present
                && present > CATEGORY_LIMIT;
        if (unique && (!allNumbers || allIntegers && isDense(distinct))) {
            notices.add("column '" + name + "' looks like a row identifier (" + present
                    + " distinct " + (allNumbers ? "integers filling at least half their range" : "texts")
                    + "); left out (give it a type in a schema file to keep it)");
            return ColumnType.IGNORED;
        }
        if (allIntegers && distinct.size() <= CATEGORY_LIMIT) {
            return ColumnType.CATEGORICAL;
        }
        return allNumbers ? ColumnType.NUMERICAL : ColumnType.CATEGORICAL;
    }

    /** Whether distinct integers fill at least half of [min, max]. */
    private static boolean isDense(Set<String> integers) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (String s : integers) {
            long v = Long.parseLong(s);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min + 1 <= 2L * integers.size();
    }
}
