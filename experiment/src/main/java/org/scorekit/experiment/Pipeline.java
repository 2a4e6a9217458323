package org.scorekit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.scorekit.data.BuiltinDistributions;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.eval.Metric;
import org.scorekit.eval.SampleMetric;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;
import org.scorekit.random.Rng;
import org.scorekit.sample.Sampler;
import org.scorekit.tabular.encoding.TableEncoder;
import org.scorekit.train.ScoreMatchingProblem;

/**
 * The one spec-to-object factory: resolves every default of an {@link ExperimentSpec} and
 * builds the objects of the pipeline (DESIGN.md §5). Every caller mistake becomes an
 * {@link InvalidSpecException} naming the section and field.
 *
 * @param spec          the resolved spec (every field present)
 * @param data          the data: a law p_0 with its exact oracles, or an encoded table
 * @param process       the forward process
 * @param inputs        the network input map z = (x, c(t))
 * @param sampler       the reverse-time sampler
 * @param grid          the sampler's time grid from T to T0
 * @param sampleMetrics the sample metrics
 * @param inputFiles    files the spec read (recorded with their SHA-256)
 */
public record Pipeline(ExperimentSpec spec, RunData data, ForwardProcess process,
                       InputMap inputs, Sampler sampler, TimeGrid grid, List<Metric> sampleMetrics,
                       List<Path> inputFiles) {
    /** The least held-out draws a mixture base's component count is chosen on. */
    private static final int BASE_HELD_OUT = 1000;
    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]* must ");

    /** Resolves a spec whose relative paths are relative to {@code baseDir}. */
    public static Pipeline from(ExperimentSpec raw, Path baseDir) {
        return from(raw, baseDir, null);
    }

    /**
     * Rebuilds the pipeline of a saved run from its resolved spec; a table run takes the encoder
     * saved with it ({@code encoder}) and reads no table.
     */
    static Pipeline restore(ExperimentSpec resolved, Path directory, TableEncoder encoder) {
        return from(resolved, directory, encoder);
    }

    private static Pipeline from(ExperimentSpec raw, Path baseDir, TableEncoder saved) {
        List<Path> files = new ArrayList<>();
        long seed = raw.seed() == null ? 0L : raw.seed();
        Resolved<RunData> resolvedData = section("data",
                () -> data(raw.data(), baseDir, seed, saved, files));
        RunData data = resolvedData.value();
        ProcessSpec processSpec = section("process", () -> (raw.process() == null
                ? new ProcessSpec.Constant(null) : raw.process()).resolved());
        ForwardProcess process = section("process", () -> new VpProcess(processSpec.schedule()));
        EstimatorSpec resolvedEstimator = (raw.estimator() == null ? EstimatorSpec.ofType(null)
                : raw.estimator()).resolved(data.dimension());
        ProblemSpec problem = section("problem", () -> resolveProblem(raw.problem(), data,
                process, seed, resolvedEstimator));
        TimeEncodingSpec encoding = problem.timeEncoding();
        InputMap inputs = section("problem", () -> new InputMap(data.dimension(),
                encoding.encoding(), problem.constantInput() == 0 ? Double.NaN
                        : problem.constantInput(), problem.inputScaling().scaling(process)));
        EstimatorSpec estimator = resolvedEstimator.isConvex()
                ? resolvedEstimator.withLevels(ConvexTraining.defaultLevels(process,
                        problem.timeMin(), problem.timeMax()))
                : resolvedEstimator.isMlp()
                ? resolvedEstimator.withMlpSteps(distinctRows(data, problem.size()))
                : resolvedEstimator;
        StoppingSpec stopping = (raw.stopping() == null
                ? new StoppingSpec(null, null, null, null, null) : raw.stopping())
                .resolved(() -> data.defaultValidationSize(problem.size()));
        if (stopping.rule() == StoppingRuleKind.ORACLE && data.oracle().isEmpty()) {
            throw new InvalidSpecException("stopping.rule: oracle needs a data law with an exact"
                    + " oracle; a table has none (choose validation, rwy or max-steps)");
        }
        if (estimator.isMlp() && stopping.rule() == StoppingRuleKind.RWY) {
            throw new InvalidSpecException("stopping.rule: rwy reads the neural tangent kernel of"
                    + " the two-layer network; estimator.type mlp takes validation, oracle or"
                    + " max-steps");
        }
        if (estimator.isConvex() && stopping.rule() != StoppingRuleKind.VALIDATION) {
            throw new InvalidSpecException("stopping.rule: estimator.type convex has no GD steps"
                    + " to stop; its beta is chosen on the validation draw (rule validation)");
        }
        SamplerSpec samplerSpec = (raw.sampler() == null
                ? new SamplerSpec(null, null, null, null) : raw.sampler()).resolved();
        MetricsSpec metrics = (raw.metrics() == null
                ? new MetricsSpec(null, null, null, null, null) : raw.metrics())
                .resolved(problem.size(), estimator);
        if (estimator.isMlp() && metrics.coupling()) {
            throw new InvalidSpecException("metrics.coupling: the coupling diagnostics compare"
                    + " the two-layer network with its kernel; estimator.type mlp has neither");
        }
        List<Metric> sampleMetrics = section("metrics.sample",
                () -> metrics.sample().stream().map(SampleMetric::create).toList());
        TimeGrid grid = samplerSpec.grid().grid(problem.timeMax(), problem.timeMin(),
                samplerSpec.steps());
        ExperimentSpec spec = new ExperimentSpec(ExperimentSpec.FORMAT_VERSION,
                raw.name() == null ? "run" : raw.name(), seed,
                resolvedData.spec(), processSpec, problem, estimator, stopping, samplerSpec, metrics);
        return new Pipeline(spec, data, process, inputs, samplerSpec.type().create(), grid,
                sampleMetrics, List.copyOf(files));
    }

    /** Resolved data and its spec with every default written out. */
    private record Resolved<T>(T value, DataSpec spec) {
    }

    private static Resolved<RunData> data(DataSpec data, Path baseDir, long seed,
                                          TableEncoder saved, List<Path> files) {
        if (data instanceof DataSpec.Table t) {
            if (saved != null) {
                return new Resolved<>(TableData.restored(saved, t.drawsPerRow()), t);
            }
            TableSource.Loaded loaded = TableSource.load(t, baseDir, seed, files);
            return new Resolved<>(loaded.data(), loaded.spec());
        }
        GaussianMixture law = mixture(data, baseDir, files);
        // A mixture file is recorded by absolute path so that the saved spec re-runs anywhere.
        DataSpec spec = files.isEmpty() ? data
                : new DataSpec.MixtureFile(files.get(0).toAbsolutePath().toString());
        return new Resolved<>(new LawData(law), spec);
    }

    private static GaussianMixture mixture(DataSpec data, Path baseDir, List<Path> files) {
        if (data instanceof DataSpec.Builtin b) {
            return BuiltinDistributions.byName(b.name());
        }
        if (data instanceof DataSpec.Mixture m) {
            return GaussianMixture.of(m.weights(), m.means(), m.covariances());
        }
        DataSpec.MixtureFile f = (DataSpec.MixtureFile) data;
        Path file = baseDir.resolve(f.path()).normalize();
        files.add(file);
        DataSpec.MixtureContent c = SpecReader.read(file, DataSpec.MixtureContent.class);
        try {
            DataSpec.Mixture m = new DataSpec.Mixture(c.weights(), c.means(), c.covariances());
            return GaussianMixture.of(m.weights(), m.means(), m.covariances());
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(file + ": " + e.getMessage(), e);
        }
    }

    private static ProblemSpec resolveProblem(ProblemSpec given, RunData data,
                                              ForwardProcess process, long seed,
                                              EstimatorSpec estimator) {
        ProblemSpec p = given == null
                ? new ProblemSpec(null, null, null, null, null, null, null, null, null, null) : given;
        double floor = p.noiseFloor() == null ? 0.05 : p.noiseFloor();
        double mismatch = p.priorMismatch() == null ? 1e-3 : p.priorMismatch();
        double timeMin = p.timeMin() != null ? p.timeMin() : TimeWindow.noiseFloorTime(process, floor);
        double timeMax = p.timeMax() != null ? p.timeMax()
                : TimeWindow.priorMismatchTime(process, data.moments(), mismatch);
        if (!(timeMax > timeMin)) {
            throw new IllegalArgumentException(
                    "problem.timeMax must exceed problem.timeMin (" + timeMin + "): " + timeMax);
        }
        if (timeMax > process.horizon()) {
            throw new IllegalArgumentException("problem.timeMax must be at most the schedule's "
                    + "horizon " + process.horizon() + ": " + timeMax);
        }
        InputScalingSpec scaling = (p.inputScaling() == null
                ? new InputScalingSpec.Moments(null, null) : p.inputScaling())
                .resolved(data.dimension(), data::moments);
        TimeEncodingSpec encoding = p.timeEncoding() == null
                ? TimeEncodingSpec.Log.spanning(timeMin, timeMax) : p.timeEncoding().resolved();
        int size = size(p, data);
        BaseSpec base = p.base() == null ? new BaseSpec.Gaussian(null, null) : p.base();
        // Before the Gaussian base draws N rows: a size no run can hold is refused first.
        MemoryEstimate.requireArray("problem.size", size, "the N x d training draws", size,
                data.dimension());
        return new ProblemSpec(size, timeMin, timeMax, floor, mismatch, scaling, encoding,
                p.constantInput() == null ? ProblemSpec.DEFAULT_CONSTANT_INPUT : p.constantInput(),
                base.resolved(data.dimension(), () -> data.trainingDraws(seed, size),
                        () -> data.heldOutDraws(Math.max(BASE_HELD_OUT, size / 10),
                                Rng.of(seed).fork("base-held-out")), Rng.of(seed).fork("base")),
                RegressionTarget.resolved(p.target(), estimator));
    }

    /** The distinct training rows: a table's fitted rows, or the N draws of a law. */
    private static int distinctRows(RunData data, int size) {
        return data instanceof TableData t && t.fit() != null ? t.fit().rows() : size;
    }

    /** N: given or {@link ProblemSpec#DEFAULT_SIZE} for a law; K · fitted rows for a table. */
    private static int size(ProblemSpec p, RunData data) {
        if (data instanceof TableData t) {
            if (t.fit() == null) {
                return p.size(); // a restored model: the size it was trained at
            }
            long n = (long) t.drawsPerRow() * t.fit().rows();
            if (p.size() != null && p.size() != n) {
                throw new IllegalArgumentException("problem.size must be left out for table data:"
                        + " it is data.drawsPerRow x the fitted rows = " + n + ", not " + p.size());
            }
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("problem.size: data.drawsPerRow x the fitted "
                        + "rows = " + n + " exceeds " + Integer.MAX_VALUE);
            }
            return (int) n;
        }
        return p.size() == null ? ProblemSpec.DEFAULT_SIZE : p.size();
    }

    /**
     * The residual model's training labels on a draw whose labels are x_0 (or the exact f*):
     * x_0 − g, in the units of {@code problem.target}.
     */
    public ScoreMatchingProblem labels(ScoreMatchingProblem drawn) {
        return spec.problem().target().labels(drawn, base(), process);
    }

    /** The residual r of f = g + r, from a model fitted to {@link #labels}. */
    public Denoiser residual(Denoiser fitted) {
        return spec.problem().target().residual(fitted, process);
    }

    /** The base g of the denoiser f = g + f_W. */
    public Denoiser base() {
        return spec.problem().base().denoiser(process, data.dimension());
    }

    private static <T> T section(String name, Supplier<T> body) {
        try {
            return body.get();
        } catch (InvalidSpecException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            // A bare parameter name from core ("g0 must be ...") becomes the spec field.
            throw new InvalidSpecException(msg.startsWith(name.split("\\.")[0]) ? msg
                    : BARE_NAME.matcher(msg).lookingAt() ? name + "." + msg : name + ": " + msg, e);
        }
    }
}
