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
        assertEquals(2, p.data().componentCount());
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
}
