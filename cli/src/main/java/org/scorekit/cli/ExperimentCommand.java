package org.scorekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.scorekit.experiment.theory.ExperimentOptions;
import org.scorekit.experiment.theory.ExperimentResult;
import org.scorekit.experiment.theory.BuiltinExperiment;
import org.scorekit.experiment.theory.TheoryExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorekit experiment NAME [--quick] [--seeds K]}: a built-in theory experiment. */
@Command(name = "experiment", description = "Run a built-in theory experiment (--list to see them).")
final class ExperimentCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The experiment.")
    String name;

    @Option(names = "--list", description = "List the experiments and exit.")
    boolean list;

    @Option(names = "--quick", description = "Small sizes (seconds to a few minutes instead of"
            + " up to an hour) that check the same claims.")
    boolean quick;

    @Option(names = "--seeds", description = "Independent repetitions (default: the experiment's own).")
    Integer seeds;

    @Option(names = "--seed", defaultValue = "20261201", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "runs", description = "Root of the output (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = command.commandLine().getOut();
        if (list || name == null) {
            for (BuiltinExperiment e : BuiltinExperiment.values()) {
                stdout.printf("%-20s %s%n", e.label(), e.description());
            }
            return list ? 0 : Main.BAD_INPUT;
        }
        if (seeds != null && seeds <= 0) {
            throw new IllegalArgumentException("--seeds must be positive: " + seeds);
        }
        TheoryExperiment experiment = BuiltinExperiment.of(name).create();
        int repetitions = seeds == null ? experiment.defaultSeeds() : seeds;
        RunExecution.requireWritableRoot(out);
        Console console = new Console(command.commandLine().getErr());
        console.announceBackend();
        ExperimentOptions options = new ExperimentOptions(quick, repetitions, seed);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        ExperimentResult result = experiment.run(options, console);
        ExperimentOutput.write(out, result, options, started, (System.nanoTime() - t0) / 1e9,
                stdout);
        return 0;
    }
}
