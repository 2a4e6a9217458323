package org.scorekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.scorekit.experiment.ExperimentSpec;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.Pipeline;
import org.scorekit.experiment.Preflight;
import org.scorekit.experiment.ProblemSizing;
import org.scorekit.experiment.RunOutcome;
import org.scorekit.experiment.RunWriter;
import org.scorekit.report.ReportWriter;

/**
 * Runs a spec into a new run directory and prints the summary (shared by run and demo, and by
 * the {@code spark} module's distributed run and sweep cells).
 */
public final class RunExecution {
    private RunExecution() {
    }

    /** Where a run directory goes: checked before any work, created after the computation. */
    public interface Destination {
        /** Fails with one line unless the run directory of a spec of this name can be written. */
        void check(String name);

        /** Creates the empty run directory. */
        Path create(ExperimentSpec resolved, Instant started) throws IOException;
    }

    /** A new directory {@code root/<name>/<UTC time>-<spec hash>/} ({@code scorekit run}). */
    public static Destination under(Path root) {
        return new Destination() {
            @Override
            public void check(String name) {
                RunWriter.requireParent(root, name);
            }

            @Override
            public Path create(ExperimentSpec resolved, Instant started) throws IOException {
                return RunWriter.createDirectory(root, resolved, started);
            }
        };
    }

    static Path execute(ExperimentSpec raw, Path baseDir, Path outputRoot, boolean report,
                        PrintWriter out, PrintWriter err) throws IOException {
        return execute(raw, baseDir, under(outputRoot), report, out, err);
    }

    /** Runs {@code raw} (paths relative to {@code baseDir}) into the destination. */
    public static Path execute(ExperimentSpec raw, Path baseDir, Destination destination, boolean report,
                        PrintWriter out, PrintWriter err) throws IOException {
        Pipeline pipeline = Pipeline.from(raw, baseDir);
        long heap = Runtime.getRuntime().maxMemory();
        Preflight.check(pipeline, heap);
        destination.check(pipeline.spec().name());
        Console console = new Console(err);
        console.announceBackend();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        ProblemSizing.Sized sized = ProblemSizing.run(raw, baseDir, pipeline, heap, console);
        RunOutcome outcome = sized.outcome();
        double wall = (System.nanoTime() - t0) / 1e9;
        Path dir = destination.create(sized.pipeline().spec(), started);
        console.stage("writing " + dir);
        RunWriter.write(dir, sized, started, wall,
                report ? d -> new ReportWriter().write(d) : RunWriter.Finisher.NONE);
        if (!sized.grownFrom().isEmpty()) {
            out.printf("problem size: N = %d, grown from N = %d where the network's validation"
                    + " gain over the Gaussian fit was not significant%n",
                    sized.pipeline().spec().problem().size(), sized.grownFrom().get(0).size());
        }
        if (!sized.limit().isEmpty()) {
            err.println("scorekit: warning: the network's validation gain over the Gaussian fit is"
                    + " not significant and the size was not grown further: " + sized.limit());
        }
        printSummary(outcome.results(), out);
        warnAboutTraining(outcome.results().path("training"), err);
        if (Files.exists(dir.resolve(RunWriter.SYNTHETIC))) {
            out.println("synthetic table (" + outcome.samples().rows() + " rows): "
                    + dir.resolve(RunWriter.SYNTHETIC));
        }
        out.println("run directory: " + dir);
        if (report) {
            out.println("report: " + dir.resolve(ReportWriter.HTML));
        }
        return dir;
    }

    /** Fails with one line unless {@code root} is, or can be created as, a writable folder. */
    public static void requireWritableRoot(Path root) {
        Path existing = root.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new InvalidSpecException("--out " + root + ": not a writable directory");
        }
    }

    /**
     * One warning line each: divergence (retried at half the step, or final) and a stop at the
     * step cap, which no data-driven rule chose.
     */
    private static void warnAboutTraining(JsonNode t, PrintWriter err) {
        // The MLP's step is Adam's learning rate; the others' is eta_rel.
        String step = t.has("learningRate") ? "learning rate" : "eta_rel";
        String field = t.has("learningRate") ? "learningRate" : "stepSizeRelative";
        for (JsonNode a : t.path("divergedAttempts")) {
            err.printf("scorekit: warning: training diverged at step %d with %s %.3g;"
                    + " retried with half of it%n", a.path("step").asInt(), step,
                    a.path(field).asDouble());
        }
        if (t.path("diverged").asBoolean()) {
            err.printf("scorekit: warning: training diverged at step %d even at %s %.3g;"
                    + " the results describe a diverged model%n", t.path("steps").asInt(), step,
                    t.path(field).asDouble());
        } else if (t.path("stopReason").asText().equals("max-steps")) {
            err.printf("scorekit: warning: training stopped at the step cap (%d) without a"
                    + " data-driven rule firing; raise estimator.maxSteps or choose a stopping"
                    + " rule%n", t.path("steps").asInt());
        }
    }

    private static void printSummary(JsonNode results, PrintWriter out) {
        JsonNode t = results.path("training");
        boolean table = results.path("data").has("table");
        if (t.path("estimator").asText().equals("convex")) {
            out.printf("training: convex ladder of %d levels (beta by %s), largest relative gap"
                    + " %.2g%s%n", t.path("levels").size(), t.path("betaChosenBy").asText(),
                    t.path("largestRelativeGap").asDouble(), t.path("allConverged").asBoolean()
                            ? "" : " (a level stopped at the iteration cap)");
            if (!table) {
                printScoreMetrics(results, out);
            }
            printSampleMetrics(results, table, out);
            return;
        }
        if (t.has("learningRate")) {
            out.printf("training: %s after %d steps (selected step %d), residual MLP of %d"
                            + " parameters, Adam learning rate %.3g%n", t.path("stopReason").asText(),
                    t.path("steps").asInt(), t.path("selectedStep").asInt(),
                    t.path("parameters").asInt(), t.path("learningRate").asDouble());
        } else {
            out.printf("training: %s after %d steps (selected step %d), eta = %.4g (eta_rel %.3g),"
                            + " lambda_max = %.5g%n", t.path("stopReason").asText(),
                    t.path("steps").asInt(), t.path("selectedStep").asInt(),
                    t.path("stepSize").asDouble(), t.path("stepSizeRelative").asDouble(),
                    t.path("lambdaMax").asDouble());
        }
        String rwy = t.has("tauRwy") ? String.format(", tau_RWY %s (sigma_eff %s)",
                t.path("tauRwy").asText(), t.path("sigmaEff").asText()) : "";
        if (table) {
            // No oracle: the held-out label loss is the only risk there is.
            out.printf("stopping: tau_validation %s%s; validation gain over the Gaussian fit %.4g"
                            + " (standard error %.2g)%n", t.path("tauValidation").asText(), rwy,
                    t.path("validationGain").asDouble(),
                    t.path("validationGainStdErr").asDouble(Double.NaN));
        } else {
            printOracleSummary(results, t, rwy, out);
        }
        printSampleMetrics(results, table, out);
    }

    private static void printSampleMetrics(JsonNode results, boolean table, PrintWriter out) {
        out.printf("%-8s %-12s %12s %12s %12s%n", "target", "metric", "learned",
                table ? "Gaussian fit" : "exact floor", "untrained");
        for (JsonNode m : results.path("sampleMetrics")) {
            out.printf("%-8s %-12s %12.5g %12.5g %12.5g%n", m.path("target").asText(),
                    m.path("metric").asText(), m.path("learned").asDouble(),
                    m.path(table ? "gaussianFit" : "exactFloor").asDouble(),
                    m.path("untrainedCeiling").asDouble());
        }
    }

    private static void printOracleSummary(JsonNode results, JsonNode t, String rwy,
                                           PrintWriter out) {
        String rwyRisk = t.has("tauRwy")
                ? String.format(", %.4g", t.path("oracleRiskAtTauRwy").asDouble()) : "";
        out.printf("stopping: tau_oracle %s, tau_validation %s%s; exact risk there %.4g, %.4g%s;"
                        + " at the last step %.4g%s%n", t.path("tauOracle").asText(),
                t.path("tauValidation").asText(), rwy, t.path("oracleRiskAtTauOracle").asDouble(),
                t.path("oracleRiskAtTauValidation").asDouble(), rwyRisk,
                t.path("oracleRiskAtLastStep").asDouble(),
                t.has("tauRwy") ? "" : " (RWY not computed at this N: stopping.rule rwy computes it)");
        printScoreMetrics(results, out);
    }

    private static void printScoreMetrics(JsonNode results, PrintWriter out) {
        out.printf("%-24s %14s %14s %14s%n", "score metric", "learned", "Gaussian fit",
                "untrained");
        for (JsonNode m : results.path("scoreMetrics")) {
            out.printf("%-24s %14.5g %14.5g %14.5g%n", m.path("metric").asText(),
                    m.path("learned").asDouble(), m.path("gaussianFit").asDouble(),
                    m.path("untrained").asDouble());
        }
    }
}
