package org.scorekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorekit.experiment.Reproduction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit reproduce RUN.json}: re-runs the saved spec and compares every result number
 * bit for bit. Exit code 0 when identical, 1 when a number differs.
 */
@Command(name = "reproduce", description = "Re-run a run's saved spec and compare every result number.")
final class ReproduceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN.json", description = "The run.json of a run directory.")
    Path runJson;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        Console console = new Console(err);
        console.announceBackend();
        Reproduction r = Reproduction.of(runJson, console);
        PrintWriter out = command.commandLine().getOut();
        r.warnings().forEach(w -> out.println("warning: " + w));
        if (r.identical()) {
            out.println("reproduced: all " + r.compared() + " result numbers are bit-identical");
            return 0;
        }
        out.println("NOT reproduced: first difference at " + r.difference().get()
                + " (" + r.compared() + " numbers compared up to it)");
        return 1;
    }
}
