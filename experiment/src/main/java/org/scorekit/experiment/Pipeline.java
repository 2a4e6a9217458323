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
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;
import org.scorekit.random.Rng;
import org.scorekit.sample.Sampler;

/**
 * The one spec-to-object factory: resolves every default of an {@link ExperimentSpec} and
 * builds the objects of the pipeline (DESIGN.md §5). Every caller mistake becomes an
 * {@link InvalidSpecException} naming the section and field.
 *
 * @param spec          the resolved spec (every field present)
 * @param data          the data law p_0 with its exact oracles
 * @param process       the forward process
 * @param inputs        the network input map z = (x, c(t))
 * @param sampler       the reverse-time sampler
 * @param grid          the sampler's time grid from T to T0
 * @param sampleMetrics the sample metrics
 * @param inputFiles    files the spec read (recorded with their SHA-256)
 */
public record Pipeline(ExperimentSpec spec, GaussianMixture data, ForwardProcess process,
                       InputMap inputs, Sampler sampler, TimeGrid grid, List<Metric> sampleMetrics,
                       List<Path> inputFiles) {
    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]* must ");

    /** Resolves a spec whose relative paths are relative to {@code baseDir}. */
    public static Pipeline from(ExperimentSpec raw, Path baseDir) {
        List<Path> files = new ArrayList<>();
        GaussianMixture data = section("data", () -> mixture(raw.data(), baseDir, files));
        ProcessSpec processSpec = section("process", () -> (raw.process() == null
                ? new ProcessSpec.Constant(null) : raw.process()).resolved());
        ForwardProcess process = section("process", () -> new VpProcess(processSpec.schedule()));
        long seed = raw.seed() == null ? 0L : raw.seed();
        ProblemSpec problem = section("problem",
                () -> resolveProblem(raw.problem(), data, process, seed));
        TimeEncodingSpec encoding = problem.timeEncoding();
        InputMap inputs = section("problem", () -> new InputMap(data.dimension(),
                encoding.encoding(), problem.constantInput() == 0 ? Double.NaN
                        : problem.constantInput(), problem.inputScaling().scaling(process)));
        EstimatorSpec estimator = raw.estimator() == null
                ? new EstimatorSpec(null, null, null, null, null, null, null, null, null).resolved()
                : raw.estimator().resolved();
        StoppingSpec stopping = (raw.stopping() == null
                ? new StoppingSpec(null, null, null, null, null) : raw.stopping()).resolved(problem.size());
        SamplerSpec samplerSpec = (raw.sampler() == null
                ? new SamplerSpec(null, null, null, null) : raw.sampler()).resolved();
        MetricsSpec metrics = (raw.metrics() == null
                ? new MetricsSpec(null, null, null, null, null) : raw.metrics()).resolved(problem.size());
        List<Metric> sampleMetrics = section("metrics.sample",
                () -> metrics.sample().stream().map(SampleMetric::create).toList());
        TimeGrid grid = samplerSpec.grid().grid(problem.timeMax(), problem.timeMin(),
                samplerSpec.steps());
        // A mixture file is recorded by absolute path so that the saved spec re-runs anywhere.
        DataSpec dataSpec = files.isEmpty() ? raw.data()
                : new DataSpec.MixtureFile(files.get(0).toAbsolutePath().toString());
        ExperimentSpec spec = new ExperimentSpec(ExperimentSpec.FORMAT_VERSION,
                raw.name() == null ? "run" : raw.name(), seed,
                dataSpec, processSpec, problem, estimator, stopping, samplerSpec, metrics);
        return new Pipeline(spec, data, process, inputs, samplerSpec.type().create(), grid,
                sampleMetrics, List.copyOf(files));
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

    private static ProblemSpec resolveProblem(ProblemSpec given, GaussianMixture data,
                                              ForwardProcess process, long seed) {
        ProblemSpec p = given == null
                ? new ProblemSpec(null, null, null, null, null, null, null, null, null) : given;
        double floor = p.noiseFloor() == null ? 0.05 : p.noiseFloor();
        double mismatch = p.priorMismatch() == null ? 1e-3 : p.priorMismatch();
        double timeMin = p.timeMin() != null ? p.timeMin() : TimeWindow.noiseFloorTime(process, floor);
        double timeMax = p.timeMax() != null ? p.timeMax()
                : TimeWindow.priorMismatchTime(process, data, mismatch);
        if (!(timeMax > timeMin)) {
            throw new IllegalArgumentException(
                    "problem.timeMax must exceed problem.timeMin (" + timeMin + "): " + timeMax);
        }
        if (timeMax > process.horizon()) {
            throw new IllegalArgumentException("problem.timeMax must be at most the schedule's "
                    + "horizon " + process.horizon() + ": " + timeMax);
        }
        InputScalingSpec scaling = (p.inputScaling() == null
                ? new InputScalingSpec.Moments(null, null) : p.inputScaling()).resolved(data);
        TimeEncodingSpec encoding = p.timeEncoding() == null
                ? TimeEncodingSpec.Log.spanning(timeMin, timeMax) : p.timeEncoding().resolved();
        int size = p.size() == null ? ProblemSpec.DEFAULT_SIZE : p.size();
        BaseSpec base = p.base() == null ? new BaseSpec.Gaussian(null, null) : p.base();
        // Before the Gaussian base draws N rows: a size no run can hold is refused first.
        MemoryEstimate.requireArray("problem.size", size, "the N x d training draws", size,
                data.dimension());
        return new ProblemSpec(size, timeMin, timeMax, floor, mismatch, scaling, encoding,
                p.constantInput() == null ? ProblemSpec.DEFAULT_CONSTANT_INPUT : p.constantInput(),
                base.resolved(data.dimension(), () -> trainingDraws(data, seed, size)));
    }

    /**
     * The clean draws x_0 of the training problem of a run with this seed (the stream
     * "problem" → "data" that {@link Runner} draws from).
     */
    static Matrix trainingDraws(GaussianMixture data, long seed, int size) {
        return data.sample(size, Rng.of(seed).fork("problem").fork("data"));
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
