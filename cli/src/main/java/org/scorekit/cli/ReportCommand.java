package org.scorekit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.RunWriter;
import org.scorekit.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorekit report RUNDIR}: (re)writes report.html and report.md of a run directory. */
@Command(name = "report", description = "Write report.html and report.md for a run directory.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUNDIR", description = "A run directory.")
    Path runDirectory;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(runDirectory.resolve(RunWriter.RUN))) {
            throw new InvalidSpecException(runDirectory + ": not a run directory (no "
                    + RunWriter.RUN + ")");
        }
        new ReportWriter().write(runDirectory);
        command.commandLine().getOut().println("wrote " + runDirectory.resolve(ReportWriter.HTML)
                + " and " + runDirectory.resolve(ReportWriter.MARKDOWN));
        return 0;
    }
}
