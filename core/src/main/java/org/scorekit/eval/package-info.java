/**
 * Score and sample quality (spec/score-estimation.md §11, §13 check C8). Entry types:
 * {@link org.scorekit.eval.ScoreError} (excess risk E1, weighted and unweighted score errors
 * E3/E4 and the time-resolved e(t) E5 against an exact denoiser, by stratified Monte Carlo),
 * {@link org.scorekit.eval.DenoiserRisk} (label risk E2 without an oracle), and the sample
 * {@link org.scorekit.eval.Metric}s named by {@link org.scorekit.eval.SampleMetric}:
 * {@code mmd}, {@code sliced-w2}, {@code energy}, {@code mean-error}, {@code cov-error}.
 * {@link org.scorekit.eval.NearestNeighbours} gives GEMM-blocked k-nearest-neighbour distances.
 */
package org.scorekit.eval;
