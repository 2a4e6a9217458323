package org.scorekit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scorekit benchmark KIND}: the field's benchmarks, one command each (docs/benchmark.md). */
@Command(name = "benchmark", description = "Run a benchmark: tabular (fit, sample and evaluate on "
        + "the TabSyn splits of a table).", subcommands = TabularBenchmarkCommand.class)
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;

    /** Without a kind: the usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        command.commandLine().usage(command.commandLine().getErr());
        return Main.BAD_INPUT;
    }
}
