/**
 * Reproducible randomness: {@link org.scorekit.random.Rng} with named forks. Every consumer
 * receives {@code rng.fork("label")}; nothing else in scorekit creates random numbers.
 */
package org.scorekit.random;
