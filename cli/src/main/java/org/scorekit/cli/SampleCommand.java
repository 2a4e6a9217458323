package org.scorekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.experiment.Preflight;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.RunTables;
import org.scorekit.experiment.ProblemSpec;
import org.scorekit.experiment.SavedRun;
import org.scorekit.experiment.TableData;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.sample.Sampler;
import org.scorekit.sample.SamplerKind;
import org.scorekit.tabular.TableCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorekit sample RUNDIR -n N}: draws new samples with a run's learned score. */
@Command(name = "sample", description = "Draw samples with the learned score of a run directory.")
final class SampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUNDIR", description = "A complete run directory.")
    Path runDirectory;

    /** The most samples one call draws. */
    static final int MAX_COUNT = 1_000_000_000;

    @Option(names = "-n", required = true, description = "Number of samples.")
    int count;

    @Option(names = "--sampler", description = "euler-maruyama, probability-flow-heun, annealed-langevin or predictor-corrector (default: the run's).")
    String sampler;

    @Option(names = "--steps", description = "Sampler steps (default: the run's).")
    Integer steps;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the prior and sampler noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output CSV file: header x1..xd, or a table run's columns.")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        if (count <= 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("-n must be between 1 and " + MAX_COUNT + ": "
                    + count);
        }
        if (steps != null && steps <= 0) {
            throw new IllegalArgumentException("--steps must be positive: " + steps);
        }
        SavedRun run = SavedRun.load(runDirectory);
        Preflight.checkSampling(run.pipeline(), count,
                steps == null ? run.pipeline().grid().steps() : steps);
        Sampler s = sampler == null ? run.pipeline().sampler() : SamplerKind.of(sampler).create();
        ProblemSpec p = run.pipeline().spec().problem();
        TimeGrid grid = steps == null ? run.pipeline().grid()
                : run.pipeline().spec().sampler().grid().grid(p.timeMax(), p.timeMin(), steps);
        Rng rng = Rng.of(seed);
        Matrix start = rng.fork("prior").gaussian(count, run.pipeline().data().dimension());
        Matrix samples = s.sample(run.score(), run.pipeline().process(), grid, start,
                rng.fork("sampler"));
        FiniteOutputs.require(samples, "samples", "the learned score overflowed; try more --steps");
        if (run.pipeline().data() instanceof TableData table) {
            // A table model writes the table its samples stand for, decoded by its encoder.
            AtomicFiles.writeString(out, TableCsv.toText(table.decode(samples)));
        } else {
            RunTables.writeMatrix(out, samples);
        }
        command.commandLine().getOut().println("wrote " + count + " samples (" + s.name() + ", "
                + grid.steps() + " steps from t = " + p.timeMax() + " to " + p.timeMin() + ") to " + out);
        return 0;
    }
}
