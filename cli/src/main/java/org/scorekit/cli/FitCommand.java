package org.scorekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scorekit.experiment.DataSpec;
import org.scorekit.experiment.EstimatorSpec;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.InvalidSpecException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit fit DATA.csv [--estimator theory|mlp] --out MODEL_DIR}: the run of a spec
 * holding only the table (and the MLP's type with {@code --estimator mlp}), every other field at
 * its default (docs/tables.md), written into exactly {@code MODEL_DIR}.
 */
@Command(name = "fit", description = "Fit a score model (the theory-guided network, or the MLP baseline) on a CSV table into a model directory.")
final class FitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA.csv", description = "The table (a header row, then one row per record).")
    Path data;

    @Mixin
    TableOptions table;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR",
            description = "The model directory to create (new, or an empty folder).")
    Path out;

    @Option(names = "--no-report", description = "Do not write report.html / report.md.")
    boolean noReport;

    @Option(names = "--estimator", defaultValue = BenchmarkBudget.THEORY, paramLabel = "theory|mlp",
            description = "theory: the NTK-parametrised two-layer network by full-batch GD with"
                    + " data-driven stopping; mlp: the residual-MLP baseline by Adam"
                    + " (default: ${DEFAULT-VALUE}).")
    String estimator;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        EstimatorSpec chosen = estimator(estimator);
        requireNewModelDirectory(out);
        ExperimentSpec spec = new ExperimentSpec(ExperimentSpec.FORMAT_VERSION, name(data), seed,
                new DataSpec.Table(data.toAbsolutePath().toString(), table.schema == null
                        ? null : table.schema.toAbsolutePath().toString(), table.target,
                        table.drop, null, null, null),
                null, null, chosen, null, null, null);
        RunExecution.execute(spec, Path.of("."), exactly(out), !noReport,
                command.commandLine().getOut(), command.commandLine().getErr());
        return 0;
    }

    /**
     * The estimator section for a name of {@code --estimator} (and of the benchmark's
     * {@code --estimators}): none, so every default, for {@code theory}; the MLP's type for
     * {@code mlp}.
     */
    static EstimatorSpec estimator(String name) {
        if (BenchmarkBudget.MLP.equals(name)) {
            return EstimatorSpec.ofType(EstimatorSpec.MLP);
        }
        if (!BenchmarkBudget.THEORY.equals(name)) {
            throw new InvalidSpecException("--estimator must be theory or mlp: " + name);
        }
        return null;
    }

    /** The run name: the file name without its extension, cut to the spec's name rule. */
    static String name(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        stem = stem.replaceFirst("^[._-]+", "");
        return stem.isEmpty() ? "table" : stem.substring(0, Math.min(64, stem.length()));
    }

    /** The destination {@code dir} itself, new or empty. */
    static RunExecution.Destination exactly(Path dir) {
        return new RunExecution.Destination() {
            @Override
            public void check(String name) {
                requireNewModelDirectory(dir);
            }

            @Override
            public Path create(ExperimentSpec resolved, Instant started) throws IOException {
                return Files.createDirectories(dir);
            }
        };
    }

    /** {@code --out} is a new folder in a writable one, or an empty writable folder. */
    private static void requireNewModelDirectory(Path dir) {
        OutputFolder.require(dir);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new InvalidSpecException("--out " + dir + ": the folder is not empty"
                            + " (a model directory is written into a new or empty folder)");
                }
            } catch (IOException e) {
                throw new InvalidSpecException("--out " + dir + ": cannot list the folder ("
                        + e.getMessage() + ")");
            }
        }
    }
}
