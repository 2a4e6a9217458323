package org.scorekit.spark;

import java.io.PrintWriter;
import java.util.Map;
import org.scorekit.cli.Main;

/**
 * {@code scorekit} with Spark: every command of the local command line, with {@code run}
 * taking {@code --master} ({@link DistributedRunCommand}), {@code sweep}
 * ({@link SweepCommand}), and a standalone master and worker ({@link StandaloneCommands}). The
 * launcher runs this class for those commands only.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return Main.execute(args, out, err, Map.of("run", new DistributedRunCommand(),
                "sweep", new SweepCommand(),
                "spark-master", new StandaloneCommands.MasterCommand(),
                "spark-worker", new StandaloneCommands.WorkerCommand()));
    }
}
