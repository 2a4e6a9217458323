package org.scorekit.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.scorekit.cli.ExperimentOutput;
import org.scorekit.cli.RunExecution;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.theory.BuiltinExperiment;
import org.scorekit.experiment.theory.ExperimentOptions;
import org.scorekit.experiment.theory.ExperimentResult;
import org.scorekit.experiment.theory.GridExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scala.Tuple3;

/**
 * {@code scorekit sweep SWEEP.yaml --out DIR [--master M]}: one Spark task per cell of a grid
 * over spec fields ({@link SpecGrid}: ordinary run directories and a summary) or of a built-in
 * experiment's grid ({@link ExperimentGrid}: the experiment's own directory). Every cell is
 * checked before Spark starts; a cell's results are those of running it alone.
 */
@Command(name = "sweep", description = "Run a grid of specs, or a built-in experiment's grid,"
        + " one Spark task per cell (embedded local mode unless --master names a cluster).")
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file (.yaml, .yml, .json).")
    Path sweepFile;

    @Option(names = "--out", required = true, description = "Output folder of the sweep.")
    Path out;

    @Option(names = "--master", defaultValue = Masters.DEFAULT, description = "Spark master:"
            + " local[N], local[*], local[N,F] or spark://HOST:PORT (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--no-report", description = "Cells do not write report.html / report.md.")
    boolean noReport;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        SweepFile file = SweepFile.read(sweepFile);
        if (file.isExperiment()) {
            ExperimentGrid grid = ExperimentGrid.of(file);
            RunExecution.requireWritableRoot(out);
            Masters.check(master);
            runExperiment(grid);
        } else {
            SpecGrid grid = SpecGrid.of(file);
            RunExecution.requireWritableRoot(out);
            SweepOutput.requireNew(out);
            Masters.check(master);
            SweepOutput.prepare(out);
            runSpecs(grid);
        }
        return 0;
    }

    private void runSpecs(SpecGrid grid) throws IOException {
        PrintWriter stdout = command.commandLine().getOut();
        int n = grid.cells().size();
        List<Tuple3<Integer, String, String>> tasks = new ArrayList<>();
        grid.cells().forEach(c -> tasks.add(new Tuple3<>(c.index(), c.name(n), c.specJson())));
        long t0 = System.nanoTime();
        List<CellOutcome> outcomes;
        try (JavaSparkContext spark = Masters.open(master, "scorekit sweep " + sweepFile.getFileName())) {
            CellTask task = new CellTask(out.toAbsolutePath().toString(),
                    grid.baseDir().toString(), !noReport, Masters.maxAttempts(spark));
            outcomes = spark.parallelize(tasks, n).map(t -> task.run(t._1(), t._2(), t._3())).collect();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        SweepOutput.write(out, grid, outcomes, master, seconds);
        List<CellOutcome> failed = outcomes.stream().filter(o -> !o.complete()).toList();
        stdout.printf("sweep: %d of %d cells complete in %.1f s on %s%n", n - failed.size(), n,
                seconds, master);
        stdout.println("summary: " + out.resolve(SweepOutput.CSV));
        stdout.println("sweep directory: " + out);
        if (!failed.isEmpty()) {
            CellOutcome first = failed.get(0);
            throw new InvalidSpecException(String.format("%d of %d cells failed (%s after %d"
                    + " attempts: %s); the others are complete in %s", failed.size(), n,
                    grid.cells().get(first.index()).name(n), first.attempts(), first.error(), out));
        }
    }

    private void runExperiment(ExperimentGrid grid) throws IOException {
        ExperimentOptions o = grid.options();
        String label = grid.label();
        boolean quick = o.quick();
        int seeds = o.seeds();
        long seed = o.seed();
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < grid.experiment().cells(o).size(); i++) {
            cells.add(i);
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<double[]> values;
        try (JavaSparkContext spark = Masters.open(master, "scorekit sweep " + label)) {
            values = spark.parallelize(cells, cells.size())
                    .map(i -> ((GridExperiment) BuiltinExperiment.of(label).create())
                            .cell(new ExperimentOptions(quick, seeds, seed), i))
                    .collect();
        }
        ExperimentResult result = grid.experiment().combine(o, values);
        ExperimentOutput.write(out, result, o, started, (System.nanoTime() - t0) / 1e9,
                command.commandLine().getOut());
    }
}
