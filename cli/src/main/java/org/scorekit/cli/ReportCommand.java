package org.scorekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorekit.experiment.RunIntegrity;
import org.scorekit.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit report RUNDIR}: (re)writes report.html and report.md of a complete run
 * directory; an interrupted or edited run is refused ({@link RunIntegrity}).
 */
@Command(name = "report", description = "Write report.html and report.md for a run directory.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUNDIR", description = "A run directory.")
    Path runDirectory;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        RunIntegrity.verify(runDirectory);
        new ReportWriter().write(runDirectory);
        command.commandLine().getOut().println("wrote " + runDirectory.resolve(ReportWriter.HTML)
                + " and " + runDirectory.resolve(ReportWriter.MARKDOWN));
        return 0;
    }
}
