package org.scorekit.experiment;

import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.BlockLanczos;
import org.scorekit.model.TimeEncoding;

/**
 * Checks a resolved {@link Pipeline} completely before any work starts, so that a spec that
 * cannot run fails with one line before a run directory exists: the derived values (the time
 * window, the encoded times, the data's scale) are checked against the field that caused them,
 * and the memory the run needs is estimated from its sizes ({@link MemoryEstimate}) against the
 * JVM's maximum heap. The sizes of {@code scorekit sample} and {@code scorekit score} are checked
 * here too.
 */
public final class Preflight {
    /** Largest |c(t)| and |b0| admitted: beyond it the kernel's scale swamps the data's. */
    public static final double MAX_INPUT = 1e6;
    /** Largest E‖X0‖² of a mixture component: kernel sums over N inputs stay finite below it. */
    public static final double MAX_SECOND_MOMENT = 1e16;

    private Preflight() {
    }

    /** Checks a run of the pipeline against the current JVM's heap limit. */
    public static void check(Pipeline pipeline) {
        check(pipeline, Runtime.getRuntime().maxMemory());
    }

    /** Checks a run of the pipeline against a heap limit of {@code maxHeap} bytes. */
    public static void check(Pipeline pipeline, long maxHeap) {
        checkTimeWindow(pipeline);
        checkInputs(pipeline);
        checkData(pipeline);
        checkSizes(pipeline);
        runMemory(pipeline).requireFits(maxHeap);
    }

    /** Checks {@code scorekit sample -n count} with a grid of {@code steps} steps before drawing. */
    public static void checkSampling(Pipeline pipeline, int count, int steps) {
        int d = pipeline.data().dimension();
        MemoryEstimate.requireArray("-n", count, "the samples matrix of n x " + d, count, d);
        MemoryEstimate.requireArray("--steps", steps, "the time grid", steps, 2);
        // Start, state, score, noise and the written table: a few n × d matrices at once.
        new MemoryEstimate().add("-n", count, 6, count, d).add("--steps", steps, 2, steps)
                .requireFits(Runtime.getRuntime().maxMemory());
    }

    /** Checks {@code scorekit score} for {@code rows} points before evaluating them. */
    public static void checkScoring(Pipeline pipeline, String points, int rows) {
        int d = pipeline.data().dimension();
        // Points, score and denoised values as numbers and as CSV text (about 20 doubles each).
        new MemoryEstimate().add(points + " (rows)", rows, 64, rows, d)
                .requireFits(Runtime.getRuntime().maxMemory());
    }

    private static void checkTimeWindow(Pipeline pipeline) {
        ProblemSpec p = pipeline.spec().problem();
        ForwardProcess process = pipeline.process();
        double ratio = process.alpha(p.timeMin()) / process.h(p.timeMin());
        if (!Double.isFinite(ratio * ratio)) {
            throw new InvalidSpecException("problem.timeMin must give a positive noise variance"
                    + " h(T0) (the weight (alpha/h)^2 is not finite there): " + p.timeMin());
        }
    }

    private static void checkInputs(Pipeline pipeline) {
        ProblemSpec p = pipeline.spec().problem();
        TimeEncoding c = pipeline.inputs().encoding();
        for (double t : new double[] {p.timeMin(), p.timeMax()}) {
            double encoded = c.encode(t);
            if (!(Math.abs(encoded) <= MAX_INPUT)) {
                throw new InvalidSpecException("problem.timeEncoding must keep |c(t)| at most "
                        + MAX_INPUT + " on [timeMin, timeMax]: c(" + t + ") = " + encoded);
            }
        }
        if (p.constantInput() != null && !(Math.abs(p.constantInput()) <= MAX_INPUT)) {
            throw new InvalidSpecException("problem.constantInput must be at most " + MAX_INPUT
                    + " in magnitude: " + p.constantInput());
        }
    }

    private static void checkData(Pipeline pipeline) {
        GaussianMixture data = pipeline.data().moments();
        String source = source(pipeline);
        for (int k = 0; k < data.componentCount(); k++) {
            double second = 0;
            for (int i = 0; i < data.dimension(); i++) {
                double mean = data.means()[k][i];
                second += mean * mean + data.covariances()[k][i][i];
            }
            if (!(second <= MAX_SECOND_MOMENT)) {
                throw new InvalidSpecException(source + ": means[" + k + "] and covariances[" + k
                        + "] must give E|X|^2 at most " + MAX_SECOND_MOMENT + " (rescale the data): "
                        + second);
            }
        }
    }

    /** Every matrix the run holds must fit one Java array (kernel workspace, W, the sample sets). */
    private static void checkSizes(Pipeline pipeline) {
        ExperimentSpec s = pipeline.spec();
        long n = s.problem().size();
        if (s.estimator().isConvex() && n < 2L * s.estimator().levels()) {
            throw new InvalidSpecException("problem.size: estimator.type convex splits the N rows"
                    + " over its " + s.estimator().levels() + " levels and needs at least 2 per"
                    + " level; this run has N = " + n);
        }
        if (s.estimator().isKernel() && n > Training.DENSE_SPECTRUM_LIMIT) {
            String field = pipeline.data() instanceof TableData ? "data.drawsPerRow"
                    : "problem.size";
            throw new InvalidSpecException(field + ": estimator.type kernel decomposes K^inf"
                    + " densely and takes at most " + Training.DENSE_SPECTRUM_LIMIT
                    + " training triples; this run has N = " + n);
        }
        int inputs = pipeline.inputs().width();
        if (Training.usesDenseSpectrum(s)) {
            // LAPACK dsyevd's workspace, 1 + 6 N + 2 N² doubles, is the largest array.
            long workspace = MemoryEstimate.product(2, n, n) + 6 * n + 1;
            MemoryEstimate.requireArray("problem.size", n,
                    "the 2 N^2 workspace of the kernel's eigendecomposition", workspace);
        }
        if (s.estimator().width() != null) {
            MemoryEstimate.requireArray("estimator.width", s.estimator().width(),
                    "the first-layer weights of width x " + inputs, s.estimator().width(), inputs);
        }
        MemoryEstimate.requireArray("sampler.samples", s.sampler().samples(),
                "the samples matrix", s.sampler().samples(), pipeline.data().dimension());
        if (s.metrics().coupling()) {
            MemoryEstimate.requireArray("stopping.oracleSize", s.stopping().oracleSize(),
                    "the oracle x training kernel of the coupling diagnostics",
                    s.stopping().oracleSize(), n);
        }
    }

    /** The heap of a run, term by term (docs/run-directory.md lists the files they become). */
    static MemoryEstimate runMemory(Pipeline pipeline) {
        ExperimentSpec s = pipeline.spec();
        long n = s.problem().size();
        long d = pipeline.data().dimension();
        long row = 2 * d + pipeline.inputs().width() + 3;
        long width = s.estimator().width() == null ? 0 : s.estimator().width();
        long oracle = s.stopping().oracleSize();
        long validation = s.stopping().validationSize();
        // The draws' x, y, z and times.
        MemoryEstimate m = new MemoryEstimate().add("problem.size", n, n, row)
                .add("stopping.validationSize", validation, validation, row)
                .add("stopping.oracleSize", oracle, oracle, row + d)
                // W, its start, its gradient and a float32 copy; the fixed output layer A.
                .add("estimator.width", width, width, 4 * pipeline.inputs().width() + 2 * d)
                .add("metrics.scoreDraws", s.metrics().scoreDraws(), 3, s.metrics().scoreDraws())
                // Learned, exact and untrained samples, two references, the start and the state.
                .add("sampler.samples", s.sampler().samples(), 10, s.sampler().samples(), d);
        if (Training.usesDenseSpectrum(s)) {
            // K∞, LAPACK's copy of it, its 2 N² workspace and the eigenvectors transposed.
            m.add("problem.size", n, 5, n, n);
        } else if (s.stopping().rule() == StoppingRuleKind.RWY) {
            // The Lanczos basis (at most BlockLanczos.Options.DEFAULT.maxDimension() vectors).
            m.add("problem.size", n, n, BlockLanczos.Options.DEFAULT.maxDimension());
        }
        if (s.metrics().coupling() || s.estimator().isKernel()) {
            m.add("stopping.oracleSize", oracle, oracle, n);
        }
        if (s.estimator().isKernel()) {
            // The held-out sets' kernel rows and their projections on the eigenvectors.
            m.add("stopping.validationSize", validation, 2 * validation, n)
                    .add("stopping.oracleSize", oracle, oracle, n);
        }
        return m;
    }

    /** The mixture file of a pipeline, or {@code data} for a built-in or inline mixture. */
    private static String source(Pipeline pipeline) {
        return pipeline.inputFiles().isEmpty() ? "data" : pipeline.inputFiles().get(0).toString();
    }
}
