package org.scorekit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments of {@code scorekit run}, shared (as a picocli mixin) with the {@code spark}
 * module's distributed run.
 */
public final class RunOptions {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file (.json, .yaml, .yml).")
    Path specFile;

    @Option(names = "--out", defaultValue = "runs", description = "Root of the run directories (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-report", description = "Do not write report.html / report.md.")
    boolean noReport;

    /** The spec file. */
    public Path specFile() {
        return specFile;
    }

    /** The root of the run directories. */
    public Path out() {
        return out;
    }

    /** Whether to write the report. */
    public boolean report() {
        return !noReport;
    }
}
