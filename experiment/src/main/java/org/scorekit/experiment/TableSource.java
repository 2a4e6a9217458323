package org.scorekit.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scorekit.checks.Checks;
import org.scorekit.csv.CsvLimits;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.SchemaInference;
import org.scorekit.tabular.SchemaOverrides;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.encoding.EncodingSpec;
import org.scorekit.tabular.encoding.TableEncoder;

/**
 * Reads the CSV table of a {@link DataSpec.Table}, refuses a table no model can be fitted on,
 * fits the encoder on every row, and holds out a seeded share of the rows for validation
 * (docs/tables.md).
 */
final class TableSource {
    /**
     * The training problem's least size the default K aims at: the N from which the defaults
     * start on laws ({@link ProblemSpec#DEFAULT_SIZE}).
     */
    static final int TARGET_SIZE = ProblemSpec.DEFAULT_SIZE;
    /** The most draws of one row the default K gives. */
    static final int MAX_DEFAULT_DRAWS = 16;

    private TableSource() {
    }

    /** A loaded table: its encoded data and the spec with every default written out. */
    record Loaded(TableData data, DataSpec.Table spec) {
    }

    /**
     * The default K for {@code rows} fitted rows: the least K with K · rows at least
     * {@link #TARGET_SIZE}, at most {@link #MAX_DEFAULT_DRAWS}. A small table gets several
     * (t, noise) draws of each row, so GD sees as many triples as on a law; a large one gets one.
     */
    static int drawsPerRow(int rows) {
        int k = (TARGET_SIZE + rows - 1) / rows;
        return Math.max(1, Math.min(MAX_DEFAULT_DRAWS, k));
    }

    /** Loads the table of {@code spec} (paths relative to {@code baseDir}); files read go to {@code files}. */
    static Loaded load(DataSpec.Table spec, Path baseDir, long seed, List<Path> files) {
        Path file = baseDir.resolve(spec.path()).normalize().toAbsolutePath();
        Path schemaFile = spec.schema() == null ? null
                : baseDir.resolve(spec.schema()).normalize().toAbsolutePath();
        files.add(file);
        if (schemaFile != null) {
            files.add(schemaFile);
        }
        SchemaOverrides overrides = schemaFile == null ? SchemaOverrides.NONE
                : SchemaOverrides.parse(schemaFile.toString(), InputFiles.readText(schemaFile));
        overrides = overrides.with(Optional.ofNullable(spec.target()), spec.drop());
        Table table;
        try {
            RawTable raw = RawTable.read(file, CsvLimits.DEFAULT);
            table = Table.from(raw, SchemaInference.infer(raw, overrides));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireFittable(table, file);
        double fraction = spec.validationFraction() == null
                ? DataSpec.Table.DEFAULT_VALIDATION_FRACTION : spec.validationFraction();
        int heldOut = Math.max(1, (int) Math.round(fraction * table.rows()));
        int fitted = table.rows() - heldOut;
        if (fitted < 1) {
            throw new InvalidSpecException("data.validationFraction " + fraction + " leaves no row of "
                    + file + " to fit: " + table.rows() + " rows");
        }
        int k = spec.drawsPerRow() == null ? drawsPerRow(fitted) : spec.drawsPerRow();
        EncodingSpec encoding = spec.encoding() == null ? EncodingSpec.DEFAULT : spec.encoding();
        TableEncoder encoder = TableEncoder.fit(table, encoding);
        // A seeded order of the rows: the first heldOut are held out, the rest are fitted.
        Matrix encoded = encoder.encode(table).selectRows(
                Rng.of(seed).fork("table").permutation(table.rows()));
        TableData data = TableData.of(encoder, encoded.rowRange(heldOut, table.rows()),
                encoded.rowRange(0, heldOut), k);
        DataSpec.Table resolved = new DataSpec.Table(file.toString(),
                schemaFile == null ? null : schemaFile.toString(), spec.target(), spec.drop(),
                encoding, fraction, k);
        return new Loaded(data, resolved);
    }

    /**
     * At least two rows (one fitted, one held out); no constant numerical column (it carries
     * nothing to learn, and its scaling divides by its spread); a target with two levels at least.
     */
    private static void requireFittable(Table table, Path file) {
        if (table.rows() < 2) {
            throw new InvalidSpecException(file + ": a table to fit needs at least 2 rows (one "
                    + "fitted, one held out for validation): " + table.rows());
        }
        for (Column c : table.columns()) {
            if (c.type() == ColumnType.NUMERICAL) {
                requireVarying(c, file);
            } else if (c.type() == ColumnType.TARGET && c.occurring().size() < 2) {
                throw new InvalidSpecException(file + " column " + Checks.quoted(c.name())
                        + " (target): must have at least 2 levels, has only "
                        + Checks.quoted(c.occurring().get(0)));
            }
        }
    }

    private static void requireVarying(Column c, Path file) {
        double first = Double.NaN;
        for (double v : c.numbers()) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return;
            }
        }
        throw new InvalidSpecException(file + " column " + Checks.quoted(c.name())
                + " (numerical): must take at least 2 values, " + (Double.isNaN(first)
                ? "every cell is missing" : "every present cell is " + first)
                + "; leave it out (--drop) or declare it categorical in the schema");
    }
}
