package org.scorekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scorekit run SPEC}: runs an experiment spec (JSON or YAML). */
@Command(name = "run", description = "Run an experiment spec (JSON or YAML) into a new run directory.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        RunExecution.requireWritableRoot(run.out());
        ExperimentSpec spec = SpecReader.read(run.specFile());
        Path base = run.specFile().toAbsolutePath().getParent();
        try {
            RunExecution.execute(spec, base, run.out(), run.report(),
                    command.commandLine().getOut(), command.commandLine().getErr());
        } catch (InvalidSpecException e) {
            // A check after reading names its field: point at that field in the spec file.
            throw SpecReader.locate(run.specFile(), e);
        }
        return 0;
    }
}
