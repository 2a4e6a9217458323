/** Self-contained HTML and Markdown reports with plots, built from a run directory. */
package org.scorekit.report;
