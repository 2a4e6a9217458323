/**
 * Tables for tabular synthesis and its evaluation (DESIGN.md §9, spec/tabular-protocol.md):
 * typed columns (numerical, categorical, target, ignored) with canonical categories and
 * missing values. Sub-packages: {@code split} (the TabSyn splits, §2), {@code metrics}
 * (the evaluation protocol, §3) and {@code encoding} (a table as the real matrix a diffusion
 * model learns, and back; docs/encoding.md).
 */
package org.scorekit.tabular;
