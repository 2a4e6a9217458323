package org.scorekit.spark.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * One Spark daemon (master or worker) in a child JVM, launched much as {@code spark-class}
 * launches it: {@code java} of this JVM, Spark's own JDK module flags ({@link JavaModuleOptions},
 * which {@code SparkClassCommandBuilder} adds too), class path {@code <conf>:<SPARK_HOME>/jars/*},
 * stdout and stderr in one log file. A worker's executors are child processes of its JVM, so
 * {@link #kill()} takes the whole process tree.
 */
final class SparkDaemon {
    private static final long EXIT_TIMEOUT_SECONDS = 10;

    private final String name;
    private final Process process;
    private final Path log;
    private volatile boolean killed;

    private SparkDaemon(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} with {@code args}; the child's environment is this JVM's without
     * any inherited {@code SPARK_*} variable, plus {@code env}.
     */
    static SparkDaemon start(String name, String mainClass, List<String> args, Path sparkHome,
            Path confDir, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // Start-up speed over peak speed: the daemons only schedule, on a machine shared with
        // the driver and the executors.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.add("-cp");
        command.add(confDir + File.pathSeparator + sparkHome.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPARK_"));
        builder.environment().putAll(env);
        return new SparkDaemon(name, builder.start(), log);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Whether {@link #kill()} or {@link #destroyTree()} was called. */
    boolean killed() {
        return killed;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Exit code of a daemon that is no longer alive. */
    int exitValue() {
        return process.exitValue();
    }

    /**
     * Kills the daemon and every process it started (a worker's executors) with SIGKILL and
     * waits until all have exited.
     */
    void kill() throws InterruptedException {
        awaitExit(destroyTree(), name);
    }

    /**
     * Sends SIGKILL to the daemon and its descendants without waiting and returns them all. The
     * descendants are listed before the daemon dies, since they are re-parented afterwards; an
     * executor started in between would still exit on its own once its worker's connection
     * drops (Spark's {@code WorkerWatcher}).
     */
    List<ProcessHandle> destroyTree() {
        killed = true;
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(0, process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        return tree;
    }

    /** Waits until all {@code processes} have exited; {@code what} names them in the failure. */
    static void awaitExit(List<ProcessHandle> processes, String what) throws InterruptedException {
        CompletableFuture<?>[] exits = processes.stream()
                .map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(what + " did not exit within "
                    + EXIT_TIMEOUT_SECONDS + " s of SIGKILL", e);
        }
    }
}
