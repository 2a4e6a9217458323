package org.scorekit.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scorekit.checks.Checks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorekit}: the command line. Every failure prints one line {@code scorekit: error: ...}
 * ({@link Failure}): bad input (a spec, a file, an argument, an unusable output path) names what
 * is wrong and exits 2, a fault in scorekit itself says so and exits 1; {@code --verbose} adds
 * stack traces.
 */
@Command(name = "scorekit", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Neural-network score estimation in diffusion models, checked against the theory.",
        subcommands = {DemoCommand.class, RunCommand.class, FitCommand.class, SampleCommand.class,
            ScoreCommand.class, ReportCommand.class, ReproduceCommand.class, ExperimentCommand.class,
            SplitCommand.class, EvaluateCommand.class, ConvexCommand.class, BenchmarkCommand.class})
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

    private static int report(Throwable e, boolean verbose, PrintWriter err) {
        if (verbose) {
            e.printStackTrace(err);
        }
        Failure f = Failure.of(e);
        err.println(f.line());
        return f.exitCode();
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Map.of());
    }

    /**
     * Runs the command line with extra subcommands (the {@code spark} module's), which replace
     * built-in ones of the same name, and returns the exit code.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err,
                              Map<String, Object> extraCommands) {
        CommandLine cli = new CommandLine(new Main());
        extraCommands.forEach((name, command) -> {
            if (cli.getSubcommands().containsKey(name)) {
                cli.getCommandSpec().removeSubcommand(name);
            }
            cli.addSubcommand(name, command);
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            Failure f = Failure.input(Checks.shortened(ex.getMessage()) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.println(f.line());
            return f.exitCode();
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            return report(ex, verbose, err);
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Thrown past picocli's handlers: still one line, never a JVM stack trace.
            code = report(e, Arrays.asList(args).contains("--verbose"), err);
        }
        out.flush();
        err.flush();
        return code;
    }
}
