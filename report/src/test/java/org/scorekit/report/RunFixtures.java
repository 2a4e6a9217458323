package org.scorekit.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.scorekit.random.Rng;

/** Run directories for tests: the 2-D fixture in test resources and a generated 1-D run. */
final class RunFixtures {
    private static final List<String> FIXTURE_FILES = List.of("run.json", "history.csv",
            "score-vs-time.csv", "samples.csv", "samples-exact.csv", "reference.csv");

    private RunFixtures() {
    }

    /** Copies the 2-D ring8 fixture (src/test/resources/fixture-run-2d) into {@code parent}. */
    static Path copy2d(Path parent) throws IOException, URISyntaxException {
        Path source = Path.of(Objects.requireNonNull(
                RunFixtures.class.getResource("/fixture-run-2d/run.json")).toURI()).getParent();
        Path run = Files.createDirectory(parent.resolve("fixture-run-2d"));
        for (String file : FIXTURE_FILES) {
            Files.copy(source.resolve(file), run.resolve(file));
        }
        return run;
    }

    /**
     * A 1-D run of a two-component Gaussian mixture with run.json and the three sample files
     * (1500 reference, 1000 learned, 1000 exact-score draws), and no history or score curve.
     */
    static Path oneDimensional(Path parent) throws IOException {
        Path run = Files.createDirectory(parent.resolve("run-1d"));
        Files.writeString(run.resolve("run.json"), "{\"formatVersion\": 1, \"name\": \"gmm1d\","
                + " \"specHash\": \"0c1d\", \"results\": {\"data\": {\"distribution\": \"gmm\","
                + " \"dimension\": 1}, \"sampleMetrics\": [{\"sampler\": \"euler-maruyama\","
                + " \"metric\": \"wasserstein-1\", \"learned\": 0.08, \"exactFloor\": 0.02,"
                + " \"untrainedCeiling\": 1.4}]}}");
        Rng rng = Rng.of(11);
        writeMixture(run.resolve("reference.csv"), rng.fork("reference"), 1500, 0.5);
        writeMixture(run.resolve("samples.csv"), rng.fork("learned"), 1000, 0.65);
        writeMixture(run.resolve("samples-exact.csv"), rng.fork("exact"), 1000, 0.5);
        return run;
    }

    private static void writeMixture(Path file, Rng rng, int n, double sd) throws IOException {
        StringBuilder csv = new StringBuilder("x1\n");
        for (int i = 0; i < n; i++) {
            double mean = rng.nextDouble() < 0.3 ? -2 : 1.5;
            csv.append(mean + sd * rng.nextGaussian()).append('\n');
        }
        Files.writeString(file, csv);
    }
}
