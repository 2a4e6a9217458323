package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.eval.Estimate;
import org.scorekit.eval.Metric;
import org.scorekit.eval.ScoreError;
import org.scorekit.eval.ScoreErrorReport;
import org.scorekit.eval.TimeResolvedError;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.ExactScore;
import org.scorekit.model.ParametricScore;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;

/**
 * Executes the pipeline of DESIGN.md §5 for a resolved {@link Pipeline}: draw the problem, train,
 * measure the score error against the exact oracle, sample with the learned, exact and untrained
 * scores from common random numbers, and compute the sample metrics. Every random consumer gets
 * its own named fork of the master seed, so the results are a pure function of the spec.
 */
public final class Runner {
    private Runner() {
    }

    /**
     * The first half of a run: the drawn training problem and the trained network.
     *
     * @param pipeline the resolved run
     * @param problem  the training problem (labels x_0, before the base is subtracted)
     * @param fit      the trained network with its stopping rules
     */
    record Fitted(Pipeline pipeline, ScoreMatchingProblem problem, Fit fit) {
    }

    /** Computes a run in memory. */
    public static RunOutcome compute(Pipeline pipeline, RunListener listener) {
        return measure(fit(pipeline, listener), listener);
    }

    /** Draws the training problem and trains (the streams "problem", "oracle", "init", ...). */
    static Fitted fit(Pipeline pipeline, RunListener listener) {
        ExperimentSpec spec = pipeline.spec();
        Rng rng = Rng.of(spec.seed());
        listener.stage("drawing the training problem");
        ProblemSpec p = spec.problem();
        ScoreMatchingProblem problem = ScoreMatchingProblem.fromClean(
                pipeline.data().trainingDraws(spec.seed(), p.size()), pipeline.process(),
                p.timeMin(), p.timeMax(), pipeline.inputs(), rng.fork("problem"));
        listener.stage("training");
        Fit fit = spec.estimator().isConvex() ? ConvexTraining.fit(pipeline, problem, rng, listener)
                : spec.estimator().isMlp() ? MlpTraining.fit(pipeline, problem, rng, listener)
                : Training.train(pipeline, pipeline.labels(problem), rng, listener);
        return new Fitted(pipeline, problem, fit);
    }

    /**
     * Measures a trained run and samples from it: against the exact oracle where the data has
     * one, else against the held-out rows of the table.
     */
    static RunOutcome measure(Fitted fitted, RunListener listener) {
        Pipeline pipeline = fitted.pipeline();
        ScoreMatchingProblem problem = fitted.problem();
        Fit fit = fitted.fit();
        ExperimentSpec spec = pipeline.spec();
        Denoiser learned = fit.model().learned(pipeline);
        // The model alone at step 0 (0 with the antisymmetric or kernel start), without the base.
        Denoiser untrained = fit.model().untrained(pipeline);
        // The best affine denoiser: the exact one of the Gaussian with the training draws' moments.
        Denoiser gaussianFit = new ExactScore(GaussianMixture.momentMatched(problem.y()),
                pipeline.process());
        ObjectNode results = JsonNodeFactory.instance.objectNode();
        pipeline.data().describe(results.putObject("data"), spec.data().label());
        results.set("training", fit.summary(problem));
        Denoisers denoisers = new Denoisers(learned, untrained, gaussianFit);
        return pipeline.data() instanceof TableData table
                ? TableMeasures.measure(pipeline, table, denoisers, results, fit, listener)
                : measureAgainstOracle(pipeline, pipeline.data().oracle().orElseThrow(), denoisers,
                        results, fit, listener);
    }

    /** The learned denoiser g + f_W, the untrained network and the Gaussian fit. */
    record Denoisers(Denoiser learned, Denoiser untrained, Denoiser gaussianFit) {
        List<Denoiser> all() {
            return List.of(learned, untrained, gaussianFit);
        }
    }

    private static RunOutcome measureAgainstOracle(Pipeline pipeline, GaussianMixture law,
                                                   Denoisers denoisers, ObjectNode results,
                                                   Fit trained,
                                                   RunListener listener) {
        ExperimentSpec spec = pipeline.spec();
        Rng rng = Rng.of(spec.seed());
        ProblemSpec p = spec.problem();
        ExactScore exact = new ExactScore(law, pipeline.process());
        listener.stage("measuring the score error against the exact oracle");
        results.set("scoreMetrics", scoreMetrics(pipeline, law, exact, denoisers.all(), rng));
        List<double[]> byTime = scoreVsTime(pipeline, law, exact, denoisers.all(), rng);
        listener.stage("sampling with the learned, exact and untrained scores");
        ForwardProcess process = pipeline.process();
        int n = spec.sampler().samples();
        Matrix start = rng.fork("prior").gaussian(n, law.dimension());
        Matrix samples = sample(pipeline, new ParametricScore(denoisers.learned(), process), start,
                rng);
        Matrix floor = sample(pipeline, exact, start, rng);
        Matrix ceiling = sample(pipeline, new ParametricScore(denoisers.untrained(), process),
                start, rng);
        Matrix reference = reference(law, process, p.timeMin(), n, rng.fork("reference"));
        Matrix clean = law.sample(n, rng.fork("clean-reference"));
        listener.stage("computing sample metrics");
        ArrayNode sampleMetrics = results.putArray("sampleMetrics");
        addSampleMetrics(sampleMetrics, pipeline, "p_T0", samples, floor, ceiling, reference, rng);
        addSampleMetrics(sampleMetrics, pipeline, "p_0", samples, floor, ceiling, clean, rng);
        return RunOutcome.ofLaw(results, trained.history(), trained.model(), byTime, samples,
                floor, ceiling, reference);
    }

    /** The names of the denoisers measured against the oracle, in the order Runner passes them. */
    static final List<String> DENOISERS = List.of("learned", "untrained", "gaussianFit");
    /** The header of score-vs-time.csv: t, then e(t) of each denoiser. */
    static final List<String> SCORE_VS_TIME_COLUMNS =
            List.of("t", "learned", "untrained", "gaussianFit");

    private static ArrayNode scoreMetrics(Pipeline pipeline, GaussianMixture law, ExactScore exact,
                                          List<Denoiser> denoisers, Rng rng) {
        ProblemSpec p = pipeline.spec().problem();
        ScoreError oracle = ScoreError.of(exact, law, pipeline.process(), p.timeMin(),
                p.timeMax());
        int draws = pipeline.spec().metrics().scoreDraws();
        List<ScoreErrorReport> reports = new ArrayList<>();
        for (Denoiser d : denoisers) {
            // One stream for all: the denoisers are compared on common random numbers.
            reports.add(oracle.estimate(d, draws, rng.fork("score-error")));
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        addScoreMetric(out, "denoiser-excess-risk", reports, ScoreErrorReport::excessRisk);
        addScoreMetric(out, "score-error-weighted", reports, ScoreErrorReport::weightedScoreError);
        addScoreMetric(out, "score-error-unweighted", reports,
                ScoreErrorReport::unweightedScoreError);
        return out;
    }

    private static void addScoreMetric(ArrayNode out, String name, List<ScoreErrorReport> reports,
                                       Function<ScoreErrorReport, Estimate> metric) {
        ObjectNode row = out.addObject().put("metric", name);
        for (int i = 0; i < reports.size(); i++) {
            Estimate e = metric.apply(reports.get(i));
            row.put(DENOISERS.get(i), e.value()).put(DENOISERS.get(i) + "StdErr", e.standardError());
        }
    }

    private static List<double[]> scoreVsTime(Pipeline pipeline, GaussianMixture law,
                                              ExactScore exact, List<Denoiser> denoisers, Rng rng) {
        ProblemSpec p = pipeline.spec().problem();
        MetricsSpec m = pipeline.spec().metrics();
        ScoreError oracle = ScoreError.of(exact, law, pipeline.process(), p.timeMin(),
                p.timeMax());
        double[] times = new double[m.timePoints()];
        double a = Math.log(p.timeMin());
        double b = Math.log(p.timeMax());
        for (int i = 0; i < times.length; i++) {
            times[i] = i == times.length - 1 ? p.timeMax() : Math.exp(a + (b - a) * i / (times.length - 1));
        }
        List<List<TimeResolvedError>> errors = new ArrayList<>();
        for (Denoiser d : denoisers) {
            errors.add(oracle.timeResolved(d, times, m.drawsPerTime(), rng.fork("score-vs-time")));
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            double[] row = new double[1 + denoisers.size()];
            row[0] = times[i];
            for (int k = 0; k < denoisers.size(); k++) {
                row[k + 1] = errors.get(k).get(i).error().value();
            }
            rows.add(row);
        }
        return rows;
    }

    static Matrix sample(Pipeline pipeline, ScoreModel score, Matrix start, Rng rng) {
        // The same sampler stream for every model: the three sample sets share their noise.
        return pipeline.sampler().sample(score, pipeline.process(), pipeline.grid(), start,
                rng.fork("sampler"));
    }

    private static Matrix reference(GaussianMixture data, ForwardProcess process, double t, int n,
                                    Rng rng) {
        Matrix x0 = data.sample(n, rng.fork("data"));
        double[] times = new double[n];
        Arrays.fill(times, t);
        return process.marginal(x0, times, rng.fork("noise").gaussian(n, data.dimension()));
    }

    private static void addSampleMetrics(ArrayNode out, Pipeline pipeline, String target,
                                         Matrix learned, Matrix floor, Matrix ceiling,
                                         Matrix reference, Rng rng) {
        addSampleMetrics(out, pipeline, target, "exactFloor", learned, floor, ceiling, reference,
                rng);
    }

    /**
     * One row per sample metric: the learned samples, a comparison set ({@code floorName}: the
     * exact score's samples, or the Gaussian fit's on a table) and the untrained ceiling, each
     * against {@code reference}, on common random numbers.
     */
    static void addSampleMetrics(ArrayNode out, Pipeline pipeline, String target,
                                 String floorName, Matrix learned, Matrix floor, Matrix ceiling,
                                 Matrix reference, Rng rng) {
        for (Metric metric : pipeline.sampleMetrics()) {
            String label = "metric:" + target + ":" + metric.name();
            out.addObject().put("sampler", pipeline.sampler().name()).put("target", target)
                    .put("metric", metric.name())
                    .put("learned", metric.compute(learned, reference, rng.fork(label)))
                    .put(floorName, metric.compute(floor, reference, rng.fork(label)))
                    .put("untrainedCeiling", metric.compute(ceiling, reference, rng.fork(label)));
        }
    }
}
