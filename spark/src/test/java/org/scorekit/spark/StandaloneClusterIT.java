package org.scorekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.Test;
import org.scorekit.spark.cluster.StandaloneCluster;

/**
 * The standalone test cluster is real: its workers register with the master, and a job survives
 * the loss of a worker mid-run (with its executor) because Spark reruns the lost tasks on the
 * other worker. Needs {@code spark/target/jars} from the package phase, hence a failsafe IT.
 */
class StandaloneClusterIT {
    private static final long N = 100_000;
    private static final int PARTITIONS = 8;
    private static final long TASK_MILLIS = 1_000;
    private static final long TIMEOUT_SECONDS = 60;

    @Test
    void startsWithTwoAliveWorkers() throws Exception {
        try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome(), 2)) {
            assertEquals(2, cluster.aliveWorkers());
        }
    }

    @Test
    void jobSurvivesTheLossOfAWorker() throws Exception {
        ExecutorService driver = Executors.newSingleThreadExecutor();
        try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome(), 2);
                JavaSparkContext sc = new JavaSparkContext(conf(cluster.masterUrl()))) {
            TaskWatch watch = new TaskWatch();
            sc.sc().addSparkListener(watch);
            awaitExecutors(sc, 2);
            Future<Long> sum = driver.submit(() -> slowSum(sc));
            watch.awaitTasksRunningOn(2);
            cluster.killWorker(0);
            assertEquals(N * (N + 1) / 2, sum.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            assertTrue(watch.lostTasks() > 0, "no task was lost with worker 0; logs in "
                    + cluster.directory());
            cluster.awaitAliveWorkers(1);
        } finally {
            driver.shutdownNow();
        }
    }

    /** 1 + ... + N in 8 partitions, each task sleeping first, summed by a tree of depth 2. */
    private static long slowSum(JavaSparkContext sc) {
        List<Long> numbers = LongStream.rangeClosed(1, N).boxed().toList();
        return sc.parallelize(numbers, PARTITIONS)
                .mapPartitions(part -> {
                    Thread.sleep(TASK_MILLIS);
                    return part;
                })
                .treeAggregate(0L, Long::sum, Long::sum, 2);
    }

    private static SparkConf conf(String masterUrl) throws URISyntaxException {
        // The executors load this class's lambdas from the test classes, a path on this machine.
        Path testClasses = Path.of(
                StandaloneClusterIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return new SparkConf()
                .setMaster(masterUrl)
                .setAppName("StandaloneClusterIT")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.executor.memory", "512m")
                .set("spark.task.maxFailures", "4")
                .set("spark.executor.extraClassPath", testClasses.toString());
    }

    private static void awaitExecutors(JavaSparkContext sc, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        // The status tracker lists the driver too.
        while (sc.sc().statusTracker().getExecutorInfos().length < n + 1) {
            assertTrue(System.nanoTime() < deadline, "fewer than " + n + " executors registered");
            Thread.sleep(100);
        }
    }

    private static Path sparkHome() {
        return Path.of(System.getProperty("scorekit.spark.home", "target"));
    }

    /** Which executors have started tasks, and how many tasks ended with their executor lost. */
    private static final class TaskWatch extends SparkListener {
        private final Set<String> executorsWithTasks = ConcurrentHashMap.newKeySet();
        private final AtomicInteger lost = new AtomicInteger();

        @Override
        public void onTaskStart(SparkListenerTaskStart start) {
            executorsWithTasks.add(start.taskInfo().executorId());
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.reason() instanceof ExecutorLostFailure) {
                lost.incrementAndGet();
            }
        }

        void awaitTasksRunningOn(int executors) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (executorsWithTasks.size() < executors) {
                assertTrue(System.nanoTime() < deadline, "tasks never ran on " + executors
                        + " executors");
                Thread.sleep(20);
            }
        }

        int lostTasks() {
            return lost.get();
        }
    }
}
