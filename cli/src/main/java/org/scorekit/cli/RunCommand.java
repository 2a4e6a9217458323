package org.scorekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scorekit run SPEC}: runs an experiment spec (JSON or YAML). */
@Command(name = "run", description = "Run an experiment spec (JSON or YAML) into a new run directory.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file (.json, .yaml, .yml).")
    Path specFile;

    @Option(names = "--out", defaultValue = "runs", description = "Root of the run directories (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-report", description = "Do not write report.html / report.md.")
    boolean noReport;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        RunExecution.requireWritableRoot(out);
        ExperimentSpec spec = SpecReader.read(specFile);
        Path base = specFile.toAbsolutePath().getParent();
        try {
            RunExecution.execute(spec, base, out, !noReport, command.commandLine().getOut(),
                    command.commandLine().getErr());
        } catch (InvalidSpecException e) {
            // A check after reading names its field: point at that field in the spec file.
            throw SpecReader.locate(specFile, e);
        }
        return 0;
    }
}
