package org.scorekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit demo}: the built-in demo spec (2-D eight-component ring, exact scores): trains
 * the network, samples with the reverse SDE, and reports learned vs exact floor vs untrained.
 */
@Command(name = "demo", description = "Run the built-in demo (2-D ring mixture with exact scores).")
final class DemoCommand implements Callable<Integer> {
    /** The classpath resource of the demo spec. */
    static final String RESOURCE = "/specs/demo.yaml";

    @Option(names = "--out", defaultValue = "runs", description = "Root of the run directories (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--print-spec", description = "Print the demo spec and exit.")
    boolean printSpec;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        String text = demoSpec();
        if (printSpec) {
            command.commandLine().getOut().print(text);
            return 0;
        }
        RunExecution.requireWritableRoot(out);
        ExperimentSpec spec = SpecReader.parse(text, "demo.yaml", true);
        RunExecution.execute(spec, Path.of("."), out, true, command.commandLine().getOut(),
                command.commandLine().getErr());
        return 0;
    }

    static String demoSpec() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo spec is missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
