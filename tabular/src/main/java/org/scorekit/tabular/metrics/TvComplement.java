package org.scorekit.tabular.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scorekit.tabular.Column;

/**
 * SDMetrics' TVComplement of a categorical column (spec/tabular-protocol.md §3.1):
 * 1 − ½ Σ_c |f_syn(c) − f_real(c)| over the union of categories, f = count / n. A category seen
 * only in the synthetic column gets the pseudo-count 10⁻⁶ in the real one (and the real total
 * grows by it), as SDMetrics' {@code get_frequencies} does. Categories are canonical strings, so
 * {@code 1} and {@code 1.0} are one category; a missing cell is the category {@code NA}.
 */
public final class TvComplement {
    /** SDMetrics' pseudo-count for a category the real column lacks. */
    static final double PSEUDO_COUNT = 1e-6;

    private TvComplement() {
    }

    /** The score in [0, 1]. */
    public static double score(Column real, Column synthetic) {
        Map<String, Double> realCounts = counts(real);
        Map<String, Double> syntheticCounts = counts(synthetic);
        for (String category : syntheticCounts.keySet()) {
            realCounts.putIfAbsent(category, PSEUDO_COUNT);
        }
        double realTotal = realCounts.values().stream().mapToDouble(Double::doubleValue).sum();
        double syntheticTotal = synthetic.size();
        double variation = 0;
        for (Map.Entry<String, Double> e : realCounts.entrySet()) {
            double fSyn = syntheticCounts.getOrDefault(e.getKey(), 0.0) / syntheticTotal;
            variation += Math.abs(fSyn - e.getValue() / realTotal);
        }
        return 1 - 0.5 * variation;
    }

    private static Map<String, Double> counts(Column column) {
        int[] codes = column.codes();
        double[] perLevel = new double[column.levels().size()];
        for (int c : codes) {
            perLevel[c]++;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < perLevel.length; k++) {
            if (perLevel[k] > 0) {
                out.put(column.levels().get(k), perLevel[k]);
            }
        }
        return out;
    }
}
