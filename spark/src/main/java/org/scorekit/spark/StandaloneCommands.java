package org.scorekit.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.deploy.master.Master;
import org.apache.spark.deploy.worker.Worker;
import org.scorekit.experiment.InvalidSpecException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A Spark standalone cluster from the project's own jars (no Spark install): {@code scorekit
 * spark-master} and {@code scorekit spark-worker MASTER} run Spark's own master and worker in
 * the foreground. A worker starts its executors with the jars of {@code $SPARK_HOME/jars},
 * which the launcher points at {@code spark/target/jars} (every scorekit and Spark jar), so the
 * executors have scorekit's classes.
 */
final class StandaloneCommands {
    private StandaloneCommands() {
    }

    @Command(name = "spark-master", description = "Run a Spark standalone master (foreground).")
    static final class MasterCommand implements Callable<Integer> {
        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--port", defaultValue = "7077", description = "Port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--webui-port", defaultValue = "8080", description = "Web UI port (default: ${DEFAULT-VALUE}).")
        int webUiPort;

        @Override
        public Integer call() {
            // The REST submission server (spark-submit's cluster mode, a fixed port 6066) is not
            // used by scorekit; -Dspark.master.rest.enabled=true turns it back on.
            if (System.getProperty("spark.master.rest.enabled") == null) {
                System.setProperty("spark.master.rest.enabled", "false");
            }
            Master.main(new String[] {"--host", host, "--port", Integer.toString(port),
                "--webui-port", Integer.toString(webUiPort)});
            return 0;
        }
    }

    @Command(name = "spark-worker", description = "Run a Spark standalone worker (foreground).")
    static final class WorkerCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "MASTER", description = "spark://HOST:PORT")
        String master;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--cores", description = "Cores to offer (default: all).")
        Integer cores;

        @Option(names = "--memory", description = "Memory to offer, e.g. 4g (default: Spark's).")
        String memory;

        @Option(names = "--work-dir", description = "Executors' working folder (default: Spark's).")
        Path workDir;

        @Override
        public Integer call() {
            String home = System.getenv("SPARK_HOME");
            if (home == null || !Files.isDirectory(Path.of(home, "jars"))) {
                throw new InvalidSpecException("SPARK_HOME must name a folder with the jars/ the"
                        + " executors run on; start workers with ./bin/scorekit spark-worker");
            }
            Masters.check(master);
            List<String> args = new ArrayList<>(List.of("--host", host, "--webui-port", "0"));
            if (cores != null) {
                args.addAll(List.of("--cores", cores.toString()));
            }
            if (memory != null) {
                args.addAll(List.of("--memory", memory));
            }
            if (workDir != null) {
                args.addAll(List.of("--work-dir", workDir.toString()));
            }
            args.add(master);
            Worker.main(args.toArray(String[]::new));
            return 0;
        }
    }
}
