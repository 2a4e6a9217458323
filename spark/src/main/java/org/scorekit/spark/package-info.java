/**
 * Scale-out on Apache Spark (DESIGN.md §10): sweeps of experiment specs, one Spark task per
 * cell, and data-parallel full-batch GD whose step is a {@code treeAggregate} of chunk sums in
 * the fixed {@link org.scorekit.train.ChunkTree} order, so a distributed run gives the bits of
 * the single-JVM run. Nothing else in scorekit depends on this package.
 */
package org.scorekit.spark;
