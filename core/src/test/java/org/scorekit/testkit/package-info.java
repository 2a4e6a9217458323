/**
 * Test fixtures and assertions shared by the numerical tests (STYLE.md, "Testing numerical
 * code"): {@link org.scorekit.testkit.StatisticalAssert} (tolerances from standard errors with a
 * stated false-failure probability, chi-square tests at exact quantiles from Commons Statistics;
 * the one such class of the project), {@link org.scorekit.testkit.SampleMoments}, and the
 * closed-form Gaussian oracle {@link org.scorekit.testkit.GaussianOracle} (spec §1, §2).
 */
package org.scorekit.testkit;
