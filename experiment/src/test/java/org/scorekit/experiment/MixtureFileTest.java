package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data: {type: mixture-file, path: ...}}: the file holds the mixture's fields only. */
class MixtureFileTest {
    private static final String SPEC = "formatVersion: 1\nname: file\nseed: 1\n"
            + "data: {type: mixture-file, path: mixture.yaml}\n";

    @TempDir
    Path dir;

    @Test
    void mixtureFileBesideTheSpecIsRead() throws Exception {
        Files.writeString(dir.resolve("mixture.yaml"), "weights: [0.25, 0.75]\n"
                + "means: [[0, 0, 1], [2, 0, -1]]\n"
                + "covariances: [[[1, 0, 0], [0, 1, 0], [0, 0, 1]],"
                + " [[0.5, 0, 0], [0, 0.5, 0], [0, 0, 2]]]\n");
        Pipeline p = Pipeline.from(SpecReader.parse(SPEC, "spec.yaml", true), dir);
        assertEquals(3, p.data().dimension());
        assertEquals(2, p.data().oracle().orElseThrow().componentCount());
    }

    @Test
    void aBadMixtureFileIsNamedInTheError() throws Exception {
        Files.writeString(dir.resolve("mixture.yaml"), "weights: [0.5, 0.25]\n"
                + "means: [[0], [1]]\ncovariances: [[[1]], [[1]]]\n");
        Exception e = assertThrows(RuntimeException.class,
                () -> Pipeline.from(SpecReader.parse(SPEC, "spec.yaml", true), dir));
        assertTrue(e.getMessage().contains("mixture.yaml") && e.getMessage().contains("weights"),
                e.getMessage());
        Files.writeString(dir.resolve("mixture.yaml"), "type: mixture\nweights: [1]\n"
                + "means: [[0]]\ncovariances: [[[1]]]\n");
        Exception unknown = assertThrows(RuntimeException.class,
                () -> Pipeline.from(SpecReader.parse(SPEC, "spec.yaml", true), dir));
        assertTrue(unknown.getMessage().contains("type"), unknown.getMessage());
    }

    @Test
    void anOptionalNameIsAccepted() throws Exception {
        Files.writeString(dir.resolve("mixture.yaml"), "name: two bumps\nweights: [0.5, 0.5]\n"
                + "means: [[-1], [1]]\ncovariances: [[[0.1]], [[0.1]]]\n");
        assertEquals(2, Pipeline.from(SpecReader.parse(SPEC, "spec.yaml", true), dir).data()
                .oracle().orElseThrow().componentCount());
    }

    /** The mixtures the defaults are measured on (test resources) are valid mixture files. */
    @Test
    void theDefaultsCorpusIsReadable() throws Exception {
        Path corpus = Path.of("src/test/resources/mixtures");
        try (var files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                String spec = "formatVersion: 1\nseed: 1\ndata: {type: mixture-file, path: "
                        + f.getFileName() + "}\n";
                Pipeline p = Pipeline.from(SpecReader.parse(spec, "spec.yaml", true), corpus);
                assertTrue(p.data().dimension() >= 1, f.toString());
            }
        }
    }
}
