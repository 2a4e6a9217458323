package org.scorekit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.CsvFiles;
import org.scorekit.experiment.ProblemSpec;
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

    @Option(names = "--points", required = true, description = "CSV of points with a header row, d columns.")
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
        Matrix x = CsvFiles.readMatrix(points);
        int d = run.pipeline().data().dimension();
        if (x.cols() != d) {
            throw new IllegalArgumentException(points + ": expected " + d + " columns, got " + x.cols());
        }
        double[] t = new double[x.rows()];
        Arrays.fill(t, time);
        Matrix score = run.score().score(x, t);
        Matrix denoised = run.denoiser().denoise(x, t);
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        StringBuilder header = new StringBuilder();
        for (String prefix : new String[] {"x", "score", "denoised"}) {
            for (int k = 1; k <= d; k++) {
                header.append(header.length() == 0 ? "" : ",").append(prefix).append(k);
            }
        }
        w.println(header);
        for (int i = 0; i < x.rows(); i++) {
            StringBuilder row = new StringBuilder();
            for (Matrix m : new Matrix[] {x, score, denoised}) {
                for (int k = 0; k < d; k++) {
                    row.append(row.length() == 0 ? "" : ",").append(m.get(i, k));
                }
            }
            w.println(row);
        }
        w.flush();
        if (out == null) {
            command.commandLine().getOut().print(text);
        } else {
            AtomicFiles.writeString(out, text.toString());
            command.commandLine().getOut().println("wrote " + x.rows() + " rows to " + out);
        }
        return 0;
    }
}
