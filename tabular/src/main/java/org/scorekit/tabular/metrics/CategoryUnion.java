package org.scorekit.tabular.metrics;

import java.util.HashMap;
import java.util.Map;
import org.scorekit.tabular.Column;

/**
 * One index for the categories of several columns that hold the same variable (real and
 * synthetic tables), so that equal category strings get equal codes across tables.
 */
final class CategoryUnion {
    private final Map<String, Integer> index = new HashMap<>();

    /** The column's codes re-numbered into the union, adding its new categories. */
    int[] codes(Column column) {
        int[] toUnion = new int[column.levels().size()];
        for (int k = 0; k < toUnion.length; k++) {
            toUnion[k] = index.computeIfAbsent(column.levels().get(k), key -> index.size());
        }
        int[] codes = column.codes();
        for (int i = 0; i < codes.length; i++) {
            codes[i] = toUnion[codes[i]];
        }
        return codes;
    }

    /** The number of distinct categories seen so far. */
    int size() {
        return index.size();
    }
}
