package org.scorekit.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scorekit reproduce run.json}: re-runs the saved resolved spec and compares every number
 * under {@code results} bit for bit (oracle/tribuo ReproUtil style).
 *
 * @param compared   how many numbers were compared
 * @param difference the first difference, if any: path, recorded and recomputed value
 * @param warnings   provenance differences that explain a mismatch (backend, threads, JDK)
 */
public record Reproduction(int compared, Optional<String> difference, List<String> warnings) {

    /** Whether every number was reproduced exactly. */
    public boolean identical() {
        return difference.isEmpty();
    }

    /** Re-runs the run recorded in {@code runJson} and compares results. */
    public static Reproduction of(Path runJson, RunListener listener) {
        Path dir = runJson.toAbsolutePath().getParent();
        if (!Files.isRegularFile(runJson) || !runJson.getFileName().toString().equals(RunWriter.RUN)) {
            throw new InvalidSpecException(runJson + ": expected the run.json of a run directory");
        }
        JsonNode recorded = RunIntegrity.verify(dir);
        ExperimentSpec spec = SpecReader.read(dir.resolve(RunWriter.SPEC));
        Pipeline pipeline = Pipeline.from(spec, dir);
        Preflight.check(pipeline);
        List<String> warnings = new ArrayList<>();
        JsonNode prov = recorded.path("provenance");
        try {
            JsonNode now = Provenance.of(spec.seed(), pipeline.inputFiles(), Instant.now(), 0);
            for (String field : new String[] {"backend", "threads", "jdk"}) {
                if (!prov.path(field).asText().equals(now.path(field).asText())) {
                    warnings.add(field + " differs: recorded " + prov.path(field).asText()
                            + ", now " + now.path(field).asText());
                }
            }
            compareInputs(prov.path("inputs"), now.path("inputs"), warnings);
        } catch (IOException e) {
            throw new InvalidSpecException(runJson + ": cannot read an input file (" + e.getMessage() + ")");
        }
        RunOutcome outcome = Runner.compute(pipeline, listener);
        int[] count = {0};
        Optional<String> diff = compare("results", recorded.path("results"), outcome.results(), count);
        return new Reproduction(count[0], diff, List.copyOf(warnings));
    }

    private static void compareInputs(JsonNode recorded, JsonNode now, List<String> warnings) {
        for (int i = 0; i < Math.min(recorded.size(), now.size()); i++) {
            if (!recorded.get(i).path("sha256").asText().equals(now.get(i).path("sha256").asText())) {
                warnings.add("input file changed since the run: " + recorded.get(i).path("path").asText());
            }
        }
    }

    /** The first difference between two JSON trees, counting compared numbers. */
    static Optional<String> compare(String path, JsonNode a, JsonNode b, int[] count) {
        if (a.isNumber() && b.isNumber()) {
            count[0]++;
            boolean same = a.isIntegralNumber() && b.isIntegralNumber() ? a.asLong() == b.asLong()
                    : Double.doubleToLongBits(a.asDouble()) == Double.doubleToLongBits(b.asDouble());
            return same ? Optional.empty() : Optional.of(path + ": recorded " + a + ", recomputed " + b);
        }
        if (a.getNodeType() != b.getNodeType()) {
            return Optional.of(path + ": recorded " + a.getNodeType() + ", recomputed " + b.getNodeType());
        }
        if (a.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = a.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = b.get(e.getKey());
                if (other == null) {
                    return Optional.of(path + "." + e.getKey() + ": missing in the re-run");
                }
                Optional<String> d = compare(path + "." + e.getKey(), e.getValue(), other, count);
                if (d.isPresent()) {
                    return d;
                }
            }
            return a.size() == b.size() ? Optional.empty()
                    : Optional.of(path + ": the re-run has fields the record lacks");
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return Optional.of(path + ": recorded " + a.size() + " entries, recomputed " + b.size());
            }
            for (int i = 0; i < a.size(); i++) {
                Optional<String> d = compare(path + "[" + i + "]", a.get(i), b.get(i), count);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        return a.equals(b) ? Optional.empty()
                : Optional.of(path + ": recorded " + a + ", recomputed " + b);
    }
}
