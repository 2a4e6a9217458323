package org.scorekit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.scorekit.csv.CsvPrinter;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.Preflight;
import org.scorekit.experiment.ProblemSpec;
import org.scorekit.experiment.RunTables;
import org.scorekit.experiment.SavedRun;
import org.scorekit.linalg.Matrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit score RUNDIR --points x.csv --t T}: the learned score s(x, t) and denoiser
 * f(x, t) at given points, as CSV (columns x1..xd, score1..scored, denoised1..denoisedd).
 */
@Command(name = "score", description = "Evaluate the learned score and denoiser at given points.")
final class ScoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUNDIR", description = "A complete run directory.")
    Path runDirectory;

    @Option(names = "--points", required = true,
            description = "CSV of points, d columns; the first row is a header unless all its cells are numbers.")
    Path points;

    @Option(names = "--t", required = true, description = "The time t, within the run's window [T0, T].")
    double time;

    @Option(names = "--out", description = "Output CSV (default: standard output).")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        SavedRun run = SavedRun.load(runDirectory);
        ProblemSpec p = run.pipeline().spec().problem();
        if (!(time >= p.timeMin() && time <= p.timeMax())) {
            throw new IllegalArgumentException("--t must lie in the run's window [" + p.timeMin()
                    + ", " + p.timeMax() + "]: " + time);
        }
        Matrix x = RunTables.readMatrix(points);
        int d = run.pipeline().data().dimension();
        if (x.cols() != d) {
            throw new IllegalArgumentException(points + ": expected " + d + " columns, got " + x.cols());
        }
        Preflight.checkScoring(run.pipeline(), points.toString(), x.rows());
        double[] t = new double[x.rows()];
        Arrays.fill(t, time);
        Matrix score = run.score().score(x, t);
        Matrix denoised = run.denoiser().denoise(x, t);
        String hint = "the points lie too far out for the network";
        FiniteOutputs.require(score, "scores", hint);
        FiniteOutputs.require(denoised, "denoised values", hint);
        String text = table(x, score, denoised);
        if (out == null) {
            command.commandLine().getOut().print(text);
        } else {
            AtomicFiles.writeString(out, text);
            command.commandLine().getOut().println("wrote " + x.rows() + " rows to " + out);
        }
        return 0;
    }

    /** Columns x1..xd, score1..scored, denoised1..denoisedd; one row per point. */
    private static String table(Matrix x, Matrix score, Matrix denoised) {
        int d = x.cols();
        List<String> header = new ArrayList<>(RunTables.numbered("x", d));
        header.addAll(RunTables.numbered("score", d));
        header.addAll(RunTables.numbered("denoised", d));
        List<double[]> rows = new ArrayList<>(x.rows());
        for (int i = 0; i < x.rows(); i++) {
            double[] row = new double[3 * d];
            System.arraycopy(x.row(i), 0, row, 0, d);
            System.arraycopy(score.row(i), 0, row, d, d);
            System.arraycopy(denoised.row(i), 0, row, 2 * d, d);
            rows.add(row);
        }
        return CsvPrinter.toText(header, rows);
    }
}
