package org.scorekit.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.scorekit.cli.RunExecution;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.RunWriter;
import org.scorekit.experiment.SpecReader;

/**
 * One cell of a spec sweep as a Spark task: runs the cell's spec exactly as {@code scorekit run}
 * does, into {@code OUT/cells/<name>/} (an ordinary run directory), with the console output in
 * {@code OUT/cells/<name>.log}. Idempotent: a directory already marked complete (a task whose
 * report was lost) is kept, a partial one (a killed attempt) is removed first. A failure is
 * thrown back to Spark, which retries the task, until the last allowed attempt, which reports
 * it as the cell's outcome instead of failing the whole sweep.
 *
 * @param output      the sweep's output folder
 * @param baseDir     the folder relative paths in the specs are resolved against
 * @param report      whether each cell writes report.html / report.md
 * @param maxAttempts the attempts Spark allows a task
 */
record CellTask(String output, String baseDir, boolean report, int maxAttempts) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Runs cell {@code index} named {@code name} with spec {@code specJson}. */
    CellOutcome run(int index, String name, String specJson) {
        Path dir = Path.of(output, SweepOutput.CELLS, name);
        int attempt = TaskContext.get() == null ? 1 : TaskContext.get().attemptNumber() + 1;
        long t0 = System.nanoTime();
        StringWriter log = new StringWriter();
        try (PrintWriter out = new PrintWriter(log)) {
            if (!Files.exists(dir.resolve(RunWriter.COMPLETE))) {
                deleteTree(dir);
                ExperimentSpec spec = SpecReader.parse(specJson, name, false);
                RunExecution.execute(spec, Path.of(baseDir), fixed(dir), report, out, out);
            }
        } catch (IOException | RuntimeException e) {
            if (attempt < maxAttempts) {
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            log.append(String.valueOf(e.getMessage())).append('\n');
            writeLog(dir, log.toString());
            return new CellOutcome(index, false, attempt, seconds(t0),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        writeLog(dir, log.toString());
        return new CellOutcome(index, true, attempt, seconds(t0), "");
    }

    private static RunExecution.Destination fixed(Path dir) {
        return new RunExecution.Destination() {
            @Override
            public void check(String name) {
                RunWriter.requireParent(dir.getParent(), dir.getFileName().toString());
            }

            @Override
            public Path create(ExperimentSpec resolved, Instant started) throws IOException {
                return Files.createDirectories(dir);
            }
        };
    }

    private static void writeLog(Path dir, String text) {
        try {
            AtomicFiles.writeString(dir.resolveSibling(dir.getFileName() + ".log"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
