package org.scorekit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.scorekit.csv.CsvLimits;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.SchemaInference;
import org.scorekit.tabular.SchemaOverrides;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.split.Split;
import org.scorekit.tabular.split.TabSynSplit;

/**
 * The inputs of the tabular figures, the same as {@code python/tabular_reference.py} builds:
 * the shared Credit Default file (found as {@code shared/datasets/credit-default/} beside the
 * working directory, the jar, or any of their ancestors), its TabSyn splits (spec §2), and an
 * independent-marginals synthetic table: column j (file order, ID dropped) of the train rows
 * rolled by (j + 1) · {@link #SHIFT} rows, synthetic[i, j] = train[(i + shift_j) mod n, j].
 */
final class TabularInputs {
    /** The row shift per column of the independent-marginals table. */
    static final int SHIFT = 1009;
    private static final Path RELATIVE = Path.of("shared", "datasets", "credit-default",
            "default_of_credit_card_clients.csv");

    private TabularInputs() {
    }

    /** The first {@code rows} rows of the 90/10 train split, and their independent marginals. */
    static Table[] alphaBeta(int rows) {
        Table all = creditDefault();
        Table train = firstRows(all.select(TabSynSplit.ninetyTen(all.rows()).apply(all).train()),
                rows);
        return new Table[] {train, independent(train)};
    }

    /**
     * The 50/50 train and holdout halves (first {@code rows} rows of each) and the independent
     * marginals of the train half.
     */
    static Table[] dcr(int rows) {
        Table all = creditDefault();
        Split split = TabSynSplit.fiftyFifty(all.rows()).apply(all);
        Table train = firstRows(all.select(split.train()), rows);
        return new Table[] {train, firstRows(all.select(split.test()), rows), independent(train)};
    }

    private static Table firstRows(Table t, int rows) {
        return rows == t.rows() ? t : t.select(IntStream.range(0, rows).toArray());
    }

    private static Table independent(Table t) {
        int n = t.rows();
        List<Column> out = new ArrayList<>();
        for (int j = 0; j < t.columns().size(); j++) {
            int shift = (int) ((long) (j + 1) * SHIFT % n);
            out.add(t.columns().get(j).select(IntStream.range(0, n).map(i -> (i + shift) % n)
                    .toArray()));
        }
        return Table.of(t.schema(), out);
    }

    private static Table creditDefault() {
        Path file = find().orElseThrow(() -> new IllegalStateException(
                "Credit Default data not found as ../" + RELATIVE + " from the working "
                        + "directory or the jar"));
        try {
            RawTable raw = RawTable.read(file, CsvLimits.DEFAULT);
            return Table.from(raw, SchemaInference.infer(raw, SchemaOverrides.NONE.with(
                    Optional.of("default payment next month"), List.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find() {
        List<Path> starts = new ArrayList<>(List.of(Path.of("").toAbsolutePath()));
        try {
            starts.add(Path.of(TabularInputs.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(RELATIVE))) {
                    return Optional.of(dir.resolve(RELATIVE));
                }
            }
        }
        return Optional.empty();
    }
}
