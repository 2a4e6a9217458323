package org.scorekit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorekit.csv.CsvLimits;
import org.scorekit.experiment.InputFiles;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.SchemaInference;
import org.scorekit.tabular.SchemaOverrides;
import org.scorekit.tabular.Table;
import picocli.CommandLine.Option;

/** The options that type a CSV table: {@code --schema}, {@code --target}, {@code --drop}. */
final class TableOptions {
    @Option(names = "--schema", paramLabel = "FILE",
            description = "JSON/YAML schema: target, drop, columns {name: numerical|categorical|target|ignored}.")
    Path schema;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The target column.")
    String target;

    @Option(names = "--drop", paramLabel = "COLUMN", split = ",",
            description = "Columns to leave out (comma-separated or repeated).")
    List<String> drop = new ArrayList<>();

    /** A CSV file as read and as typed. */
    record Read(RawTable raw, Table table) {
    }

    /**
     * Reads and types {@code file}; bad input (in the table, the schema file or the options) is
     * a one-line error naming file, line and column or field.
     */
    Read read(Path file) throws IOException {
        SchemaOverrides overrides = schema == null ? SchemaOverrides.NONE
                : SchemaOverrides.parse(schema.toString(), InputFiles.readText(schema));
        overrides = overrides.with(Optional.ofNullable(target), drop);
        RawTable raw = RawTable.read(file, CsvLimits.DEFAULT);
        return new Read(raw, Table.from(raw, SchemaInference.infer(raw, overrides)));
    }
}
