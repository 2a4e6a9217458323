package org.scorekit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.spark.cluster.StandaloneCluster;

/**
 * The two commands on a real standalone cluster (a master and two workers on loopback, from
 * {@code target/jars}): the quick ntk-regime grid as a sweep gives the numbers of
 * {@code scorekit experiment ntk-regime --quick}; a spec sweep and a distributed GD run that
 * each lose a worker in the middle complete with the single-JVM runs' bits.
 */
class ClusterCommandsIT {
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    Path tmp;

    @BeforeEach
    void settings() {
        // Read by the commands' SparkConf: small executors, and this run's listener.
        System.setProperty("spark.executor.memory", "768m");
        System.setProperty("spark.extraListeners", Watch.class.getName());
        Watch.reset();
    }

    @AfterEach
    void clear() {
        System.clearProperty("spark.executor.memory");
        System.clearProperty("spark.extraListeners");
    }

    @Test
    void theQuickNtkRegimeSweepGivesTheExperimentsNumbers() throws Exception {
        Path sweep = tmp.resolve("ntk.yaml");
        Files.writeString(sweep, "experiment: ntk-regime\nquick: true\n");
        SparkHarness onCluster;
        try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome(), 2)) {
            onCluster = SparkHarness.spark("sweep", sweep.toString(), "--master",
                    cluster.masterUrl(), "--out", tmp.resolve("cluster").toString());
        }
        assertEquals(0, onCluster.exitCode(), onCluster.err());
        SparkHarness alone = SparkHarness.local("experiment", "ntk-regime", "--quick", "--out",
                tmp.resolve("local").toString());
        assertEquals(0, alone.exitCode(), alone.err());
        assertArrayEquals(Files.readAllBytes(SweepTest.table(tmp.resolve("local"))),
                Files.readAllBytes(SweepTest.table(tmp.resolve("cluster"))));
    }

    @Test
    void aDistributedRunThatLosesAWorkerHasTheLocalBits() throws Exception {
        String spec = SparkHarness.resource("cluster-run.yaml").toString();
        ExecutorService driver = Executors.newSingleThreadExecutor();
        SparkHarness distributed;
        try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome(), 2)) {
            Future<SparkHarness> run = driver.submit(() -> SparkHarness.spark("run", spec,
                    "--master", cluster.masterUrl(), "--partitions", "3", "--no-report", "--out",
                    tmp.resolve("cluster").toString()));
            Watch.awaitJobs(15, TIMEOUT_SECONDS);
            cluster.killWorker(0);
            distributed = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            driver.shutdownNow();
        }
        assertEquals(0, distributed.exitCode(), distributed.err());
        assertEquals(1, Watch.executorsRemoved.get(), "one executor lost");
        assertTrue(Watch.jobsAfterRemoval.get() > 0, "GD went on after the loss");
        SparkHarness local = SparkHarness.local("run", spec, "--no-report", "--out",
                tmp.resolve("local").toString());
        assertEquals(0, local.exitCode(), local.err());
        Path a = DistributedRunTest.runDirectory(tmp.resolve("cluster"));
        Path b = DistributedRunTest.runDirectory(tmp.resolve("local"));
        for (String file : new String[] {"history.csv", "model.bin", "samples.csv"}) {
            assertArrayEquals(Files.readAllBytes(b.resolve(file)), Files.readAllBytes(a.resolve(file)),
                    file);
        }
        assertEquals(DistributedRunTest.results(b), DistributedRunTest.results(a));
    }

    /**
     * A spec grid on the cluster, a worker killed while both executors run cells: Spark reruns
     * the lost cells on the other worker and every cell is the run of its spec alone.
     */
    @Test
    void aSweepThatLosesAWorkerHasTheCellsOfTheSpecsAlone() throws Exception {
        Path sweep = tmp.resolve("grid.yaml");
        Files.writeString(sweep, "base: " + SparkHarness.resource("cluster-run.yaml")
                + "\ngrid:\n  seed: [1, 2, 3, 4]\n");
        ExecutorService driver = Executors.newSingleThreadExecutor();
        SparkHarness onCluster;
        try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome(), 2)) {
            Future<SparkHarness> run = driver.submit(() -> SparkHarness.spark("sweep",
                    sweep.toString(), "--master", cluster.masterUrl(), "--no-report", "--out",
                    tmp.resolve("cluster").toString()));
            Watch.awaitTasks(2, TIMEOUT_SECONDS);
            Thread.sleep(1000);
            cluster.killWorker(0);
            onCluster = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            driver.shutdownNow();
        }
        assertEquals(0, onCluster.exitCode(), onCluster.err());
        assertTrue(onCluster.out().contains("sweep: 4 of 4 cells complete"), onCluster.out());
        assertEquals(1, Watch.executorsRemoved.get(), "one executor lost");
        Path spec = tmp.resolve("seed3.yaml");
        Files.writeString(spec, Files.readString(SparkHarness.resource("cluster-run.yaml"))
                .replace("seed: 7", "seed: 3"));
        SparkHarness alone = SparkHarness.local("run", spec.toString(), "--no-report", "--out",
                tmp.resolve("alone").toString());
        assertEquals(0, alone.exitCode(), alone.err());
        Path a = DistributedRunTest.runDirectory(tmp.resolve("alone"));
        Path cell = tmp.resolve("cluster/cells/cell-002");
        for (String file : new String[] {"history.csv", "model.bin", "samples.csv"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(cell.resolve(file)),
                    file);
        }
    }

    private static Path sparkHome() {
        return Path.of(System.getProperty("scorekit.spark.home", "target"));
    }

    /** Counts the run's jobs and lost executors (installed through spark.extraListeners). */
    public static final class Watch extends SparkListener {
        static final AtomicInteger jobs = new AtomicInteger();
        static final AtomicInteger tasks = new AtomicInteger();
        static final AtomicInteger executorsRemoved = new AtomicInteger();
        static final AtomicInteger jobsAfterRemoval = new AtomicInteger();

        static void reset() {
            jobs.set(0);
            tasks.set(0);
            executorsRemoved.set(0);
            jobsAfterRemoval.set(0);
        }

        static void awaitJobs(int n, long timeoutSeconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (jobs.get() < n) {
                assertTrue(System.nanoTime() < deadline, "fewer than " + n + " jobs ran");
                Thread.sleep(20);
            }
        }

        static void awaitTasks(int n, long timeoutSeconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (tasks.get() < n) {
                assertTrue(System.nanoTime() < deadline, "fewer than " + n + " tasks started");
                Thread.sleep(20);
            }
        }

        @Override
        public void onTaskStart(SparkListenerTaskStart start) {
            tasks.incrementAndGet();
        }

        @Override
        public void onJobEnd(SparkListenerJobEnd end) {
            jobs.incrementAndGet();
            if (executorsRemoved.get() > 0) {
                jobsAfterRemoval.incrementAndGet();
            }
        }

        @Override
        public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
            executorsRemoved.incrementAndGet();
        }
    }
}
