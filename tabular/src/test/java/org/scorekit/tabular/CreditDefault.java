package org.scorekit.tabular;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scorekit.csv.CsvLimits;

/**
 * The shared Credit Default file (spec/tabular-protocol.md §1.1), found as
 * {@code shared/datasets/credit-default/} beside the project root or any of its ancestors. Tests
 * that need it are skipped (JUnit assumption) where it is absent; it is never downloaded.
 */
public final class CreditDefault {
    /** The target column. */
    public static final String TARGET = "default payment next month";
    private static final Path RELATIVE = Path.of("shared", "datasets", "credit-default",
            "default_of_credit_card_clients.csv");
    private static Table table;

    private CreditDefault() {
    }

    /** The file, or a skipped test with the reason. */
    public static Path file() {
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty();
                dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            found = Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        assumeTrue(found.isPresent(), "Credit Default data not found as ../" + RELATIVE
                + " from the project root: test skipped");
        return found.get();
    }

    /** The typed table, inferred with the target named (read once per test JVM). */
    public static synchronized Table table() {
        if (table == null) {
            try {
                RawTable raw = RawTable.read(file(), CsvLimits.DEFAULT);
                table = Table.from(raw, SchemaInference.infer(raw,
                        SchemaOverrides.NONE.with(Optional.of(TARGET), List.of())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return table;
    }
}
