package org.scorekit.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.scorekit.cli.RunExecution;
import org.scorekit.cli.RunOptions;
import org.scorekit.experiment.EstimatorSpec;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.Pipeline;
import org.scorekit.experiment.SpecReader;
import org.scorekit.train.GradientKernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit run SPEC --master M}: the ordinary run, with the network's full-batch GD steps
 * computed on Spark ({@link DistributedGradient}); everything else (draws, held-out evaluations,
 * stopping, sampling, the run directory) stays on the driver. The run directory is the one the
 * local run writes, bit for bit, so {@code scorekit reproduce} on one machine checks it.
 */
@Command(name = "run", description = "Run an experiment spec (JSON or YAML) into a new run directory;"
        + " with --master, the network's GD steps run on Spark.")
final class DistributedRunCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--master", description = "Spark master: local[N], local[*] or spark://HOST:PORT"
            + " (without it the run is local, as in scorekit run).")
    String master;

    @Option(names = "--partitions", description = "Partitions of the training rows (default: Spark's"
            + " default parallelism).")
    Integer partitions;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        RunExecution.requireWritableRoot(run.out());
        ExperimentSpec spec = SpecReader.read(run.specFile());
        Path base = run.specFile().toAbsolutePath().getParent();
        try {
            if (master == null) {
                execute(spec, base);
                return 0;
            }
            requireNetwork(Pipeline.from(spec, base).spec().estimator());
        } catch (InvalidSpecException e) {
            throw SpecReader.locate(run.specFile(), e);
        }
        if (partitions != null && partitions < 1) {
            throw new InvalidSpecException("--partitions " + partitions + ": expected a positive count");
        }
        Masters.check(master);
        try (JavaSparkContext spark = Masters.open(master, "scorekit run " + run.specFile().getFileName())) {
            int p = partitions != null ? partitions : spark.defaultParallelism();
            command.commandLine().getErr().printf("scorekit: GD steps on Spark (%s, %d partitions)%n",
                    master, p);
            try (DistributedKernels kernels = new DistributedKernels(spark, p);
                 GradientKernels.Scope scope = GradientKernels.use(kernels)) {
                execute(spec, base);
            }
        }
        return 0;
    }

    private void execute(ExperimentSpec spec, Path base) throws IOException {
        RunExecution.execute(spec, base, RunExecution.under(run.out()), run.report(),
                command.commandLine().getOut(), command.commandLine().getErr());
    }

    private static void requireNetwork(EstimatorSpec e) {
        if (!e.type().equals(EstimatorSpec.NETWORK)) {
            throw new InvalidSpecException("estimator.type " + e.type() + ": --master trains the"
                    + " network estimator only (full-batch GD); run it without --master");
        }
    }
}
