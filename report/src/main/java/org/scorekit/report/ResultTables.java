package org.scorekit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of a report, read from run.json (docs/run-directory.md): provenance, training
 * summary, score metrics (learned vs untrained denoiser) and sample metrics per sampler
 * (learned between the exact-score floor and the untrained ceiling). A table whose section of
 * run.json is absent is empty; absent fields read {@value Cells#NOT_RECORDED}.
 */
final class ResultTables {
    private static final List<String> FIELD_VALUE = List.of("field", "value");

    private ResultTables() {
    }

    /** Provenance: version, commit, JDK, OS, backend, threads, seed, created, wall time, inputs. */
    static Optional<Table> provenance(JsonNode run) {
        JsonNode p = run.path("provenance");
        if (!p.isObject()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("scorekit version", Cells.value(p, "scorekitVersion")));
        rows.add(List.of("git commit", Cells.value(p, "gitCommit")));
        rows.add(List.of("JDK", Cells.value(p, "jdk")));
        rows.add(List.of("OS", Cells.value(p, "os")));
        rows.add(List.of("backend", backend(p)));
        rows.add(List.of("threads", Cells.value(p, "threads")));
        rows.add(List.of("seed", Cells.value(p, "seed")));
        rows.add(List.of("created (UTC)", Cells.value(p, "createdUtc")));
        rows.add(List.of("wall seconds", Cells.value(p, "wallSeconds")));
        rows.add(List.of("inputs", inputs(p.path("inputs"))));
        JsonNode sizing = p.path("sizing");
        if (!sizing.path("attempts").isEmpty() || sizing.has("stoppedGrowing")) {
            rows.add(List.of("problem size", sizing(sizing)));
        }
        return Optional.of(new Table("", FIELD_VALUE, rows));
    }

    /** "N = 16000 (grown from 4000 where the validation gain was not significant; rule: ...)". */
    private static String sizing(JsonNode sizing) {
        List<String> from = new ArrayList<>();
        for (JsonNode a : sizing.path("attempts")) {
            from.add(Cells.value(a, "size"));
        }
        String grown = from.isEmpty() ? "" : " grown from " + String.join(", ", from)
                + " where the validation gain was not significant;";
        String stopped = sizing.has("stoppedGrowing")
                ? " gain still not significant, not grown further: "
                        + Cells.value(sizing, "stoppedGrowing") + ";"
                : "";
        return "N = " + Cells.value(sizing, "size") + " (" + (grown + stopped).strip()
                + " rule: " + Cells.value(sizing, "rule") + ")";
    }

    private static String backend(JsonNode p) {
        String name = Cells.value(p, "backend");
        JsonNode description = p.path("backendDescription");
        return description.isTextual() && !description.asText().isBlank()
                ? name + " (" + description.asText() + ")" : name;
    }

    private static String inputs(JsonNode inputs) {
        if (!inputs.isArray()) {
            return Cells.NOT_RECORDED;
        }
        if (inputs.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode input : inputs) {
            parts.add(Cells.value(input, "path")
                    + " (sha256 " + Cells.value(input, "sha256") + ")");
        }
        return String.join("; ", parts);
    }

    /** Training summary: steps, stop reason, step size, lambda_max, final loss, radius check. */
    static Optional<Table> training(JsonNode results) {
        JsonNode t = results.path("training");
        if (!t.isObject()) {
            return Optional.empty();
        }
        if (t.path("estimator").asText().equals("convex")) {
            return Optional.of(convexLevels(t));
        }
        List<List<String>> step = t.has("learningRate")
                ? List.of(List.of("Adam learning rate (initial, decayed linearly to 0)",
                        Cells.value(t, "learningRate")),
                        List.of("parameters", Cells.value(t, "parameters")))
                : List.of(List.of("step size", Cells.value(t, "stepSize")),
                        List.of("relative step size (step size × lambda_max)",
                                Cells.value(t, "stepSizeRelative")),
                        List.of("lambda_max", Cells.value(t, "lambdaMax")));
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("estimator", t.path("estimator").asText("network")),
                List.of("steps", Cells.value(t, "steps")),
                List.of("stop reason", t.path("diverged").asBoolean()
                        ? "diverged: the results describe a diverged model"
                        : Cells.value(t, "stopReason")),
                List.of("diverged attempts (each retried at half the step size)",
                        String.valueOf(t.path("divergedAttempts").size()))));
        rows.addAll(step);
        rows.addAll(List.of(
                List.of("final training loss", Cells.value(t, "finalTrainLoss")),
                List.of("radius", Cells.value(t, "radius")),
                List.of("fraction outside radius", Cells.value(t, "fractionOutsideRadius"))));
        return Optional.of(new Table("", FIELD_VALUE, rows));
    }

    /**
     * The convex ladder, one row per level: σ, the β kept against the level's zero threshold
     * (1 = the base alone), the units, the certificate and the held-out DSM loss.
     */
    private static Table convexLevels(JsonNode t) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode l : t.path("levels")) {
            rows.add(List.of(Cells.value(l, "sigma"), Cells.value(l, "beta"),
                    Cells.number(l.path("beta").asDouble() / l.path("zeroThreshold").asDouble()),
                    Cells.value(l, "units"), Cells.value(l, "relativeGap"),
                    l.path("converged").asBoolean() ? "yes" : "no (iteration cap)",
                    Cells.value(l, "validationLoss")));
        }
        return new Table("convex ladder: one certified gated DSM program per level, beta chosen by "
                + Cells.value(t, "betaChosenBy"), List.of("sigma", "beta", "beta / zero threshold",
                "units", "relative gap", "converged", "held-out DSM loss (residual)"), rows);
    }

    /**
     * The risk at a rule's step, or "not reached" when the step lies after the last trained step
     * (the recorded risk is then the last evaluation's, not the rule's).
     */
    private static String reached(JsonNode t, String step, String risk) {
        return Cells.numeric(t, step) > Cells.numeric(t, "steps")
                ? "not reached (training stopped at step " + Cells.value(t, "steps") + ")"
                : Cells.value(t, risk);
    }

    /**
     * The stopping times of every rule side by side (spec §9.2 item 7): the step each rule picks
     * and the exact denoiser risk there, with the RWY rule's constants.
     */
    static Optional<Table> stopping(JsonNode results) {
        JsonNode t = results.path("training");
        if (t.path("estimator").asText().equals("convex")) {
            return Optional.empty();
        }
        if (results.path("data").has("table")) {
            return Optional.of(tableStopping(t));
        }
        if (!t.has("tauOracle")) {
            return Optional.empty();
        }
        List<String> rwy = t.has("tauRwy")
                ? List.of("RWY (sigma_eff " + Cells.value(t, "sigmaEff") + ", omega "
                        + Cells.value(t, "rwyStep") + ", B_K " + Cells.value(t, "boundK")
                        + (t.has("lambdaMin") ? ", lambda_0 " + Cells.value(t, "lambdaMin") : "")
                        + ")", Cells.value(t, "tauRwy"), reached(t, "tauRwy", "oracleRiskAtTauRwy"))
                : List.of("RWY", "not computed", "N = " + Cells.value(t, "size")
                        + " is above the dense-spectrum limit; stopping.rule rwy computes it by"
                        + " block Lanczos");
        List<List<String>> rows = List.of(
                List.of("oracle", Cells.value(t, "tauOracle"), Cells.value(t, "oracleRiskAtTauOracle")),
                List.of("validation", Cells.value(t, "tauValidation"),
                        Cells.value(t, "oracleRiskAtTauValidation")),
                rwy,
                List.of("last step", Cells.value(t, "steps"), Cells.value(t, "oracleRiskAtLastStep")));
        return Optional.of(new Table("stopping rules", List.of("rule", "step", "exact risk there"), rows));
    }

    /** The stopping times of a table run, which has no oracle risk to show beside them. */
    private static Table tableStopping(JsonNode t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("validation", Cells.value(t, "tauValidation"),
                "gain over the Gaussian fit " + Cells.withStdErr(t, "validationGain",
                        "validationGainStdErr")));
        rows.add(t.has("tauRwy") ? List.of("RWY (sigma_eff " + Cells.value(t, "sigmaEff") + ")",
                Cells.value(t, "tauRwy"), t.path("tauRwy").asInt() > t.path("steps").asInt()
                        ? "not reached (training stopped at step " + Cells.value(t, "steps") + ")"
                        : "")
                : List.of("RWY", "not computed", "stopping.rule rwy computes it"));
        rows.add(List.of("last step", Cells.value(t, "steps"), ""));
        return new Table("stopping rules", List.of("rule", "step", "note"), rows);
    }

    /**
     * Score metrics: learned, the Gaussian fit (the best affine denoiser, the floor a nonlinear
     * estimator must beat) and untrained, each ± stderr, with learned / Gaussian fit.
     */
    static Optional<Table> scoreMetrics(JsonNode results) {
        JsonNode metrics = results.path("scoreMetrics");
        if (!metrics.isArray() || metrics.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode m : metrics) {
            rows.add(List.of(Cells.value(m, "metric"),
                    Cells.withStdErr(m, "learned", "learnedStdErr"),
                    Cells.withStdErr(m, "gaussianFit", "gaussianFitStdErr"),
                    Cells.withStdErr(m, "untrained", "untrainedStdErr"),
                    Cells.ratio(Cells.numeric(m, "learned"), Cells.numeric(m, "gaussianFit"))));
        }
        return Optional.of(new Table("", List.of("metric", "learned ± stderr",
                "Gaussian fit ± stderr", "untrained ± stderr", "learned / Gaussian fit"), rows));
    }

    /**
     * Sample metrics, one table per sampler and evaluation target (p_T0, p_0) in order of first
     * appearance; the last column is
     * (learned − floor) / (ceiling − floor): 0 at the exact-score floor, 1 at the ceiling.
     */
    static List<Table> sampleMetrics(JsonNode results) {
        Map<String, List<List<String>>> bySampler = new LinkedHashMap<>();
        // On a table the comparison set is the Gaussian fit's samples, not the exact score's.
        boolean table = results.path("data").has("table");
        String floorKey = table ? "gaussianFit" : "exactFloor";
        for (JsonNode m : results.path("sampleMetrics")) {
            double learned = Cells.numeric(m, "learned");
            double floor = Cells.numeric(m, floorKey);
            double ceiling = Cells.numeric(m, "untrainedCeiling");
            String key = "sampler: " + Cells.value(m, "sampler")
                    + (m.has("target") ? ", target " + Cells.value(m, "target") : "");
            bySampler.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(List.of(Cells.value(m, "metric"), Cells.value(m, "learned"),
                            Cells.value(m, floorKey), Cells.value(m, "untrainedCeiling"),
                            Cells.position(learned, floor, ceiling)));
        }
        List<String> header = table
                ? List.of("metric", "learned", "Gaussian fit", "untrained ceiling",
                        "(learned − Gaussian fit) / (ceiling − Gaussian fit)")
                : List.of("metric", "learned", "exact-score floor", "untrained ceiling",
                        "(learned − floor) / (ceiling − floor)");
        List<Table> tables = new ArrayList<>();
        bySampler.forEach((title, rows) -> tables.add(new Table(title, header, rows)));
        return tables;
    }
}
