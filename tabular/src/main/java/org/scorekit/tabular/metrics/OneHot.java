package org.scorekit.tabular.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.scorekit.tabular.Column;

/**
 * One-hot encoding of a categorical column fitted on the categories that occur in the reference
 * column(s), in String order (scikit-learn's OneHotEncoder on string-cast values). Every
 * category of the encoded column must occur in the reference: callers check that first with
 * {@link org.scorekit.tabular.Table#requireKnownCategories}, whose error names both tables, the
 * column, the category and the metric.
 */
final class OneHot {
    private final List<String> categories;
    private final Map<String, Integer> index = new HashMap<>();
    private final Column reference;
    private final Column encoded;

    private OneHot(Column reference, Column encoded) {
        this.categories = List.copyOf(new TreeSet<>(reference.occurring()));
        this.reference = reference;
        for (int k = 0; k < categories.size(); k++) {
            index.put(categories.get(k), k);
        }
        this.encoded = encoded;
    }

    /** Fitted on {@code reference}'s occurring categories, to encode {@code encoded} too. */
    static OneHot of(Column reference, Column encoded) {
        return new OneHot(reference, encoded);
    }

    /** Appends one indicator column per category, for the reference and the encoded column. */
    void addColumns(List<double[]> referenceColumns, List<double[]> encodedColumns) {
        add(reference, referenceColumns);
        add(encoded, encodedColumns);
    }

    private void add(Column column, List<double[]> out) {
        int[] codes = column.codes();
        int[] toCategory = new int[column.levels().size()];
        for (int k = 0; k < toCategory.length; k++) {
            toCategory[k] = index.getOrDefault(column.levels().get(k), -1);
        }
        double[][] indicators = new double[categories.size()][codes.length];
        for (int i = 0; i < codes.length; i++) {
            indicators[toCategory[codes[i]]][i] = 1;
        }
        out.addAll(List.of(indicators));
    }

    /** 1 where the row's category is {@code category}, else 0 (all 0 for an absent one). */
    static double[] indicator(Column column, String category) {
        int[] codes = column.codes();
        int k = column.levels().indexOf(category);
        double[] out = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i] == k ? 1 : 0;
        }
        return out;
    }
}
