package org.scorekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scorekit.csv.CsvFormatException;
import org.scorekit.csv.CsvPrinter;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.split.Split;
import org.scorekit.tabular.split.TabSynSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit split DATA.csv --out DIR [--dcr]}: the TabSyn 90/10 split (or the 50/50 DCR
 * split) of spec/tabular-protocol.md §2. Writes the selected records unchanged, in shuffled
 * order, as train.csv/test.csv (dcr_train.csv/dcr_holdout.csv), and split.json with the accepted
 * seed, the sizes, the SHA-256 check values of §2.3 and the column types.
 */
@Command(name = "split", description = "Split a CSV table as TabSyn does (90/10, or 50/50 with --dcr).")
final class SplitCommand implements Callable<Integer> {
    /** The JSON record written beside the split files. */
    static final String RECORD = "split.json";

    @Parameters(index = "0", paramLabel = "DATA", description = "A CSV file with a header row.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--dcr", description = "The 50/50 split for DCR instead of 90/10.")
    boolean dcr;

    @Mixin
    TableOptions tableOptions;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        OutputFolder.require(out);
        TableOptions.Read read = tableOptions.read(data);
        Table table = read.table();
        if (table.rows() < 2) {
            throw new CsvFormatException(read.raw().source(), 0, 0, "expected at least 2 data rows "
                    + "to split into train and test, got " + table.rows());
        }
        TabSynSplit procedure = dcr ? TabSynSplit.fiftyFifty(table.rows())
                : TabSynSplit.ninetyTen(table.rows());
        Split split;
        try {
            split = procedure.apply(table);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(read.raw().source() + ": " + e.getMessage(), e);
        }
        String trainName = dcr ? "dcr_train.csv" : "train.csv";
        String testName = dcr ? "dcr_holdout.csv" : "test.csv";
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(out.resolve(trainName), records(read.raw(), split.train()));
        files.put(out.resolve(testName), records(read.raw(), split.test()));
        files.put(out.resolve(RECORD), json(table, procedure, split, trainName, testName));
        OutputFolder.writeAll(out, files);
        var o = command.commandLine().getOut();
        table.schema().notices().forEach(n -> o.println("note: " + n));
        o.printf("accepted seed %d after %d attempt(s); %d train, %d %s rows%n", split.seed(),
                split.attempts(), split.train().length, split.test().length, dcr ? "holdout" : "test");
        o.println("train IDs sha256 " + split.trainIdHash());
        o.println((dcr ? "holdout" : "test") + " IDs sha256 " + split.testIdHash());
        o.println("wrote " + String.join(", ", files.keySet().stream().map(Path::toString).toList()));
        return 0;
    }

    private static String records(RawTable raw, int[] positions) {
        StringWriter text = new StringWriter();
        CsvPrinter printer = CsvPrinter.of(text, raw.header());
        for (int p : positions) {
            printer.record(raw.records().get(p).cells());
        }
        printer.flush();
        return text.toString();
    }

    private String json(Table table, TabSynSplit procedure, Split split, String trainName,
                        String testName) throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source", data.toString());
        record.put("split", dcr ? "50/50 (DCR)" : "90/10");
        record.put("firstSeed", procedure.firstSeed());
        record.put("acceptedSeed", split.seed());
        record.put("attempts", split.attempts());
        record.put("files", Map.of("train", trainName, dcr ? "holdout" : "test", testName));
        record.put("sizes", Map.of("train", split.train().length,
                dcr ? "holdout" : "test", split.test().length));
        record.put("idDefinition", "ID = 1-based data row position; sha256 over the sorted IDs in "
                + "decimal joined by ',' (spec/tabular-protocol.md §2.3)");
        record.put("sha256", Map.of("trainIds", split.trainIdHash(),
                dcr ? "holdoutIds" : "testIds", split.testIdHash()));
        Map<String, String> columns = new LinkedHashMap<>();
        table.schema().types().forEach((name, type) -> columns.put(name, type.label()));
        record.put("columns", columns);
        record.put("numericalMissingPolicy", Table.NUMERICAL_MISSING_POLICY);
        record.put("notices", table.schema().notices());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(record) + "\n";
    }
}
