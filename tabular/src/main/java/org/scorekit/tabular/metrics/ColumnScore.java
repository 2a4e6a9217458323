package org.scorekit.tabular.metrics;

/**
 * The score of one column.
 *
 * @param column the column name
 * @param metric the metric's name, e.g. {@code KSComplement}
 * @param score  the score in [0, 1], or NaN when it is undefined
 */
public record ColumnScore(String column, String metric, double score) {
}
