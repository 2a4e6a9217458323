package org.scorekit.spark.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A Spark standalone cluster on 127.0.0.1 for integration tests: one master and N workers, each
 * a child JVM started from the module's jars with {@code SPARK_HOME} = {@code spark/target}, each
 * worker offering 1 core and 1 GiB. Unlike {@code local[n]} the workers launch executors in
 * JVMs of their own, so a test sees what a deployment does: closures serialized to another JVM,
 * the executors' own class path and flags, and the loss of a worker together with its
 * executors. Logs and work directories stay under {@link #directory()} for diagnosis.
 */
public final class StandaloneCluster implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 200;
    /** Daemons and executors log at INFO to their log files (the conf dir leads the class path). */
    private static final String LOG4J = """
            rootLogger.level = info
            rootLogger.appenderRef.console.ref = console
            appender.console.type = Console
            appender.console.name = console
            appender.console.target = SYSTEM_ERR
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n
            """;
    /**
     * Read by the master and the workers (not by executors, which take the driver's conf): no
     * REST submission server on its fixed port 6066, and a port taken between choosing it and
     * binding fails the daemon instead of moving it to the next port unnoticed.
     */
    private static final String SPARK_DEFAULTS = """
            spark.master.rest.enabled false
            spark.port.maxRetries 0
            """;

    private final Path sparkHome;
    private final Path directory;
    private final int masterPort;
    private final int masterUiPort;
    private final MasterStatus status;
    /** The master first, then the workers in order. */
    private final List<SparkDaemon> daemons = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook =
            new Thread(() -> daemons.forEach(SparkDaemon::destroyTree), "standalone-cluster-kill");

    private StandaloneCluster(Path sparkHome, Path directory, int masterPort, int masterUiPort) {
        this.sparkHome = sparkHome;
        this.directory = directory;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
        this.status = new MasterStatus(masterUiPort);
    }

    /**
     * Starts a master and {@code workers} workers from {@code sparkHome/jars} and waits until the
     * master counts them all alive; on any failure everything started so far is killed.
     *
     * @throws IllegalStateException if {@code sparkHome/jars} holds no spark-core jar, a daemon
     *     exits, or the workers do not all register within 60 s
     */
    public static StandaloneCluster start(Path sparkHome, int workers)
            throws IOException, InterruptedException {
        Path home = sparkHome.toAbsolutePath();
        requireSparkJars(home.resolve("jars"));
        int[] ports = freePorts(2);
        StandaloneCluster cluster = new StandaloneCluster(
                home, Files.createTempDirectory(home, "standalone-cluster-"), ports[0], ports[1]);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            cluster.launch(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                cluster.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The URL drivers connect to: {@code spark://127.0.0.1:<port>}. */
    public String masterUrl() {
        return "spark://" + LOOPBACK + ":" + masterPort;
    }

    /** Where the logs ({@code *.log}) and the workers' work directories are kept. */
    public Path directory() {
        return directory;
    }

    /** Number of workers the master currently counts as alive. */
    public int aliveWorkers() throws IOException, InterruptedException {
        return status.read().aliveWorkers();
    }

    /**
     * Waits until the master counts exactly {@code expected} workers alive (a killed worker is
     * dropped once the master sees its connection close).
     *
     * @throws IllegalStateException if a daemon that was not killed exits, or after 60 s
     */
    public void awaitAliveWorkers(int expected) throws InterruptedException {
        await(state -> state.aliveWorkers() == expected, expected + " alive workers");
    }

    /**
     * Kills worker {@code i} (0-based) and its executors with SIGKILL, as a lost machine would,
     * and returns once they have all exited.
     */
    public void killWorker(int i) throws InterruptedException {
        if (i < 0 || i >= daemons.size() - 1) {
            throw new IndexOutOfBoundsException("no worker " + i + " among " + (daemons.size() - 1));
        }
        daemons.get(1 + i).kill();
    }

    /**
     * Kills the master, the workers and their executors and waits until they have exited; the
     * logs stay. If interrupted, it returns early with the interrupt flag set (SIGKILL is sent by
     * then, so the processes still go).
     */
    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
        List<ProcessHandle> processes = new ArrayList<>();
        daemons.forEach(daemon -> processes.addAll(daemon.destroyTree()));
        try {
            SparkDaemon.awaitExit(processes, "the cluster at " + directory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The master, and once it leads (so none is turned away), the workers. */
    private void launch(int workers) throws IOException, InterruptedException {
        Path conf = Files.createDirectory(directory.resolve("conf"));
        Files.writeString(conf.resolve("log4j2.properties"), LOG4J);
        Files.writeString(conf.resolve("spark-defaults.conf"), SPARK_DEFAULTS);
        Map<String, String> env = Map.of(
                "SPARK_HOME", sparkHome.toString(),
                "SPARK_SCALA_VERSION", "2.13",
                "SPARK_CONF_DIR", conf.toString(),
                "SPARK_LOCAL_IP", LOOPBACK,
                "JAVA_HOME", System.getProperty("java.home"));
        daemons.add(SparkDaemon.start("master", "org.apache.spark.deploy.master.Master",
                List.of("--host", LOOPBACK, "--port", Integer.toString(masterPort),
                        "--webui-port", Integer.toString(masterUiPort)),
                sparkHome, conf, env, directory.resolve("master.log")));
        await(state -> state.status().equals("ALIVE"), "ALIVE master");
        for (int i = 0; i < workers; i++) {
            Path dir = Files.createDirectory(directory.resolve("worker-" + i));
            Map<String, String> workerEnv = new HashMap<>(env);
            workerEnv.put("SPARK_LOCAL_DIRS", Files.createDirectory(dir.resolve("local")).toString());
            daemons.add(SparkDaemon.start("worker-" + i, "org.apache.spark.deploy.worker.Worker",
                    List.of("--host", LOOPBACK, "--port", "0", "--webui-port", "0",
                            "--cores", "1", "--memory", "1g",
                            "--work-dir", dir.resolve("work").toString(), masterUrl()),
                    sparkHome, conf, workerEnv, directory.resolve("worker-" + i + ".log")));
        }
        awaitAliveWorkers(workers);
    }

    private void await(Predicate<MasterStatus.State> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            requireDaemonsRunning();
            String last;
            try {
                MasterStatus.State state = status.read();
                if (condition.test(state)) {
                    return;
                }
                last = state.toString();
            } catch (IOException notServing) {
                last = notServing.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " after " + TIMEOUT.toSeconds()
                        + " s (master: " + last + "); logs in " + directory);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void requireDaemonsRunning() {
        for (SparkDaemon daemon : daemons) {
            if (!daemon.killed() && !daemon.isAlive()) {
                throw new IllegalStateException(daemon.name() + " exited with "
                        + daemon.exitValue() + "; see " + daemon.log());
            }
        }
    }

    private static void requireSparkJars(Path jars) throws IOException {
        boolean found = false;
        if (Files.isDirectory(jars)) {
            try (DirectoryStream<Path> core = Files.newDirectoryStream(jars, "spark-core_*.jar")) {
                found = core.iterator().hasNext();
            }
        }
        if (!found) {
            throw new IllegalStateException(
                    "no spark-core jar in " + jars + ": run `mvn -pl spark -am package` first");
        }
    }

    /** Ports free on loopback right now, all distinct (the sockets are open together). */
    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
