package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Backends;

/**
 * Golden test (STYLE.md kind 5): a tiny end-to-end run must reproduce the recorded results
 * bit for bit. The numbers depend on the backend and its kernel (rounding differs between
 * OpenBLAS kernel families), so the golden file records the backend description it was made
 * with and the test is skipped, saying why, on another one. Rewrite the file only with
 * {@code -Dgolden.update=true}.
 */
class GoldenRunTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/tiny-results.json");

    @Test
    void tinyRunReproducesTheRecordedNumbers() throws Exception {
        Path spec = Path.of("src/test/resources/golden/tiny.yaml");
        Pipeline pipeline = Pipeline.from(SpecReader.read(spec), spec.getParent());
        JsonNode results = Runner.compute(pipeline, RunListener.NONE).results();
        String backend = Backends.current().description().replaceAll(";.*", "");
        if (Boolean.getBoolean("golden.update")) {
            ObjectNode golden = JsonNodeFactory.instance.objectNode();
            golden.put("backend", backend);
            golden.set("results", results);
            AtomicFiles.writeString(GOLDEN,
                    SpecReader.json().writerWithDefaultPrettyPrinter().writeValueAsString(golden) + "\n");
        }
        JsonNode golden = SpecReader.json().readTree(Files.readString(GOLDEN));
        assumeTrue(golden.path("backend").asText().equals(backend),
                "golden numbers were recorded with '" + golden.path("backend").asText()
                        + "', this machine uses '" + backend + "'");
        int[] count = {0};
        Optional<String> diff = Reproduction.compare("results", golden.path("results"), results, count);
        assertEquals(Optional.empty(), diff, "first difference from the golden run ("
                + count[0] + " numbers compared; -Dgolden.update=true rewrites it if intended)");
    }
}
