package org.scorekit.tabular.split;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the numpy reference values of test resources numpy/ (made by make_reference.py). */
final class NumpyReference {
    private NumpyReference() {
    }

    /** Each line of the file as its comma-separated integers. */
    static List<long[]> lines(String file) {
        try {
            Path path = Path.of(NumpyReference.class.getResource("/numpy/" + file).toURI());
            return Files.readAllLines(path).stream().filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.split(",")).mapToLong(Long::parseLong).toArray())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> text(String file) {
        try {
            return Files.readAllLines(
                    Path.of(NumpyReference.class.getResource("/numpy/" + file).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
