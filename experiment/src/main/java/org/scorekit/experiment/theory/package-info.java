/**
 * Built-in theory experiments (spec/score-estimation.md §13): each
 * {@link org.scorekit.experiment.theory.TheoryExperiment} varies one quantity, measures the
 * errors against exact oracles and returns an
 * {@link org.scorekit.experiment.theory.ExperimentResult} with tables, plots, fitted numbers
 * with 95 % intervals and a verdict on each qualitative claim;
 * {@link org.scorekit.experiment.theory.ExperimentWriter} writes it as a directory.
 */
package org.scorekit.experiment.theory;
