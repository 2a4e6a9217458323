/**
 * A real Spark standalone cluster for integration tests: {@link
 * org.scorekit.spark.cluster.StandaloneCluster} starts a master and workers as child JVMs on
 * loopback from the module's own jars ({@code spark/target/jars}, filled by the package phase),
 * so executors run in JVMs of their own and die with their worker, as in a deployment, with no
 * Spark install on the machine.
 */
package org.scorekit.spark.cluster;
