package org.scorekit.tabular.metrics;

/**
 * The score of one pair of columns (first before second in the evaluation layout).
 *
 * @param first  the first column
 * @param second the second column
 * @param metric the metric's name, e.g. {@code CorrelationSimilarity}
 * @param real   the real table's statistic (Pearson r), or NaN for contingency pairs
 * @param synthetic the synthetic table's statistic, or NaN for contingency pairs
 * @param score  the score in [0, 1], or NaN when it is undefined (excluded from the mean)
 */
public record PairScore(String first, String second, String metric, double real, double synthetic,
                        double score) {
}
