package org.scorekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scorekit.csv.CsvFormatException;
import org.scorekit.experiment.InvalidSpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorekit}: the command line. Bad input (a spec, a file, an argument) prints one line
 * naming what is wrong and exits 2; {@code --verbose} adds stack traces.
 */
@Command(name = "scorekit", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Neural-network score estimation in diffusion models, checked against the theory.",
        subcommands = {DemoCommand.class, RunCommand.class, SampleCommand.class, ScoreCommand.class,
            ReportCommand.class, ReproduceCommand.class, ExperimentCommand.class,
            SplitCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    @Option(names = "--verbose", description = "Print stack traces on errors.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code scorekit} without a subcommand: the usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("scorekit: " + ex.getMessage());
            err.println("(run 'scorekit " + ex.getCommandLine().getCommandName()
                    + " --help' for usage)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            if (verbose) {
                ex.printStackTrace(err);
            }
            if (ex instanceof InvalidSpecException || ex instanceof CsvFormatException
                    || ex instanceof IllegalArgumentException) {
                err.println("scorekit: error: " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println("scorekit: internal error: " + ex + (verbose ? "" : " (use --verbose for details)"));
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
