/**
 * Reports of a finished run: a self-contained HTML page (plots embedded as PNG data URIs, inline
 * CSS) and a Markdown file with {@code plots/*.png}, built from a run directory in the format of
 * {@code docs/run-directory.md} (formatVersion 1). Entry type: {@link ReportWriter}. It shows
 * provenance, the training summary and loss curve, score metrics against the untrained denoiser
 * with e(t) (spec E5), and sample metrics between the exact-score floor and untrained ceiling.
 * run.json is read as a Jackson tree and CSV files as {@link org.scorekit.csv.NumericTable}s
 * (an empty cell is NaN); absent parts are stated as "not recorded". The package never prints.
 */
package org.scorekit.report;
