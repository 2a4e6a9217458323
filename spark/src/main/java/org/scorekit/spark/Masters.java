package org.scorekit.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Parallel;

/**
 * The Spark masters scorekit connects to: embedded local mode ({@code local}, {@code local[N]},
 * {@code local[*]}, with an optional task-failure allowance {@code local[N,F]}) or a standalone
 * cluster ({@code spark://HOST:PORT}, several comma-separated for a high-availability pair). A
 * standalone master is probed over TCP before any work, so an unreachable one is one line.
 */
final class Masters {
    /** The default: local mode on every core, each task tried up to 3 times. */
    static final String DEFAULT = "local[*,3]";
    private static final String EXECUTOR_OPTIONS = "spark.executor.extraJavaOptions";
    /** How long the probe of a standalone master waits for a connection. */
    static final int PROBE_MILLIS = 5000;

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]{0,3})(,[1-9][0-9]{0,2})?\\])?");
    private static final Pattern HOST_PORT = Pattern.compile("([^:,/\\s]+):([0-9]{1,5})");

    private Masters() {
    }

    /** Fails with one line unless {@code master} is well formed and, if standalone, answers. */
    static void check(String master) {
        if (LOCAL.matcher(master).matches()) {
            return;
        }
        if (!master.startsWith("spark://")) {
            throw new InvalidSpecException("--master " + master + ": expected local, local[N],"
                    + " local[*], local[N,F] or spark://HOST:PORT");
        }
        List<String> refused = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",", -1)) {
            Matcher m = HOST_PORT.matcher(hostPort);
            int port = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            if (port < 1 || port > 65535) {
                throw new InvalidSpecException("--master " + master + ": expected"
                        + " spark://HOST:PORT with a port in 1..65535");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(m.group(1), port), PROBE_MILLIS);
                return;
            } catch (IOException e) {
                refused.add(hostPort + " (" + e.getMessage() + ")");
            }
        }
        throw new InvalidSpecException("--master " + master + ": no Spark master answers at "
                + String.join(", ", refused));
    }

    /**
     * The attempts Spark gives a task: F for {@code local[N,F]}, 1 in other local masters (Spark
     * does not retry there), {@code spark.task.maxFailures} (default 4) on a cluster.
     */
    static int maxAttempts(JavaSparkContext spark) {
        Matcher m = LOCAL.matcher(spark.master());
        if (m.matches()) {
            return m.group(3) == null ? 1 : Integer.parseInt(m.group(3).substring(1));
        }
        return spark.getConf().getInt("spark.task.maxFailures", 4);
    }

    /**
     * A Spark context on {@code master} (already {@link #check checked}): Spark's web UI off,
     * in local mode the driver on the loopback address, and executors with the driver's
     * {@code scorekit.threads} and {@code scorekit.backend} ({@link #executorOptions}).
     * {@code spark.*} system properties (e.g. {@code -Dspark.executor.memory=8g} in
     * SCOREKIT_JAVA_OPTS) override these.
     */
    static JavaSparkContext open(String master, String appName) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(appName)
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (LOCAL.matcher(master).matches()) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.set(EXECUTOR_OPTIONS, executorOptions(conf.get(EXECUTOR_OPTIONS, "")));
        return new JavaSparkContext(conf);
    }

    /**
     * The executors' JVM options with the driver's thread count and backend added unless the
     * user set them there: a dense eigendecomposition's bits depend on OpenBLAS's thread count
     * (README), so an executor with other threads would not give the bits of the same cell run
     * on the driver's machine.
     */
    static String executorOptions(String given) {
        StringBuilder options = new StringBuilder(given.trim());
        if (!given.contains("-D" + Parallel.PROPERTY + "=")) {
            options.append(" -D").append(Parallel.PROPERTY).append('=').append(Parallel.threads());
        }
        String backend = System.getProperty(Backends.PROPERTY);
        if (backend != null && !given.contains("-D" + Backends.PROPERTY + "=")) {
            options.append(" -D").append(Backends.PROPERTY).append('=').append(backend);
        }
        return options.toString().trim();
    }
}
