package org.scorekit.tabular.metrics;

/**
 * synthcity's naive α-precision and β-recall (spec/tabular-protocol.md §3.3), each in [0, 1],
 * higher is better (TabSyn reports both × 100).
 *
 * @param alphaPrecision 1 − Σ_k |α_k − P_k| / Σ_k α_k
 * @param betaRecall     1 − Σ_k |α_k − C_k| / Σ_k α_k
 */
public record PrecisionRecall(double alphaPrecision, double betaRecall) {
}
