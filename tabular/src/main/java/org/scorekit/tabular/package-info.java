/**
 * Tables for tabular synthesis and its evaluation (DESIGN.md §9, spec/tabular-protocol.md):
 * typed columns (numerical, categorical, target, ignored) with canonical categories and
 * missing values. Sub-packages: {@code split} (the TabSyn splits, §2) and {@code metrics}
 * (the evaluation protocol, §3).
 */
package org.scorekit.tabular;
