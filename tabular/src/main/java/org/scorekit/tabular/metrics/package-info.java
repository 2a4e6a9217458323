/**
 * The tabular evaluation protocol of TabSyn and TabDiff (spec/tabular-protocol.md §3), each
 * metric reproducing its reference implementation's quirks: {@link
 * org.scorekit.tabular.metrics.Shape} (SDMetrics Column Shapes), {@link
 * org.scorekit.tabular.metrics.Trend} (Column Pair Trends with independent binning), {@link
 * org.scorekit.tabular.metrics.AlphaPrecision} (synthcity's naive α-precision and β-recall),
 * {@link org.scorekit.tabular.metrics.Detection} (SDMetrics' C2ST with the logistic or the
 * XGBoost classifier) and
 * {@link org.scorekit.tabular.metrics.Dcr} (distance to closest record on the 50/50 split).
 */
package org.scorekit.tabular.metrics;
