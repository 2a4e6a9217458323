package org.scorekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scorekit.checks.Checks;
import org.scorekit.csv.CsvFormatException;
import org.scorekit.csv.CsvLimits;
import org.scorekit.experiment.Provenance;
import org.scorekit.report.EvaluationReport;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.evaluation.Evaluation;
import org.scorekit.tabular.evaluation.EvaluationInput;
import org.scorekit.tabular.evaluation.EvaluationMetric;
import org.scorekit.tabular.evaluation.EvaluationRecord;
import org.scorekit.tabular.evaluation.EvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit evaluate --real TRAIN.csv --synthetic SYN.csv [--test TEST.csv]
 * [--holdout HOLDOUT.csv] [--metrics LIST] [--seeds K] --out DIR}: grades a synthetic table by
 * the protocol of spec/tabular-protocol.md §3 (docs/evaluate.md). Every table is typed with the
 * real table's schema; all input is checked before any metric runs. Writes the detail CSVs,
 * report.html, and evaluation.json last.
 */
@Command(name = "evaluate", description = "Grade a synthetic table against the real one "
        + "(Shape, Trend, alpha/beta, C2ST, MLE, DCR) as TabSyn/TabDiff do.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--real", required = true, paramLabel = "TRAIN.csv",
            description = "The real reference table (the train split; for DCR the train half).")
    Path real;

    @Option(names = "--synthetic", required = true, paramLabel = "SYN.csv",
            description = "The synthetic table.")
    Path synthetic;

    @Option(names = "--test", paramLabel = "TEST.csv", description = "The real test split (MLE).")
    Path test;

    @Option(names = "--holdout", paramLabel = "HOLDOUT.csv",
            description = "The real holdout half of the 50/50 split (DCR).")
    Path holdout;

    @Option(names = "--metrics", paramLabel = "LIST", description = "Comma-separated: shape, trend, "
            + "alpha-beta, c2st-logistic, c2st-xgboost, mle, dcr (default: all that apply).")
    String metrics;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "1",
            description = "Seeds for C2ST and MLE (mean and spread reported; default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "The first seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Mixin
    TableOptions tableOptions;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        OutputFolder.require(out);
        TableOptions.Read reference = tableOptions.read(real);
        Table realTable = reference.table();
        Table syntheticTable = typed(synthetic, reference);
        Optional<Table> testTable = test == null ? Optional.empty() : Optional.of(typed(test, reference));
        Optional<Table> holdoutTable = holdout == null ? Optional.empty()
                : Optional.of(typed(holdout, reference));
        Set<EvaluationMetric> chosen = metrics == null
                ? EvaluationInput.applicable(realTable, test != null, holdout != null)
                : EvaluationMetric.parse(metrics);
        EvaluationInput input = new EvaluationInput(realTable, syntheticTable, testTable,
                holdoutTable, chosen, seed, seeds);
        input.check();
        PrintWriter o = command.commandLine().getOut();
        realTable.schema().notices().forEach(n -> o.println("note: " + n));
        EvaluationConsole console = new EvaluationConsole(command.commandLine().getErr());
        long start = System.nanoTime();
        EvaluationResult result = Evaluation.run(input, console);
        console.close();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Path, String> files = new LinkedHashMap<>();
        EvaluationRecord.csvFiles(result).forEach((name, text) -> files.put(out.resolve(name), text));
        files.put(out.resolve(EvaluationReport.HTML), EvaluationReport.html(result));
        Map<String, Object> record = EvaluationRecord.json(result, inputs());
        record.put("totalSeconds", seconds);
        files.put(out.resolve(EvaluationRecord.JSON), new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(record) + "\n");
        OutputFolder.writeAll(out, files);
        PrintWriter err = command.commandLine().getErr();
        result.warnings().forEach(w -> err.println("scorekit: warning: " + w));
        printSummary(o, result, seconds);
        o.println("wrote " + out.resolve(EvaluationRecord.JSON) + ", " + out.resolve(EvaluationReport.HTML)
                + " and " + (files.size() - 2) + " detail CSV file(s)");
        return 0;
    }

    /**
     * A table typed with the real table's schema and laid out in its column order; its header
     * must name every column the real table keeps, in any order, and may leave out the ones it
     * leaves out (an identifier, a dropped or ignored column: a synthetic table from
     * {@code scorekit fit} has none of them).
     */
    private Table typed(Path file, TableOptions.Read reference) throws IOException {
        RawTable raw = RawTable.read(file, CsvLimits.DEFAULT);
        Set<String> allowed = new LinkedHashSet<>(reference.raw().header());
        Set<String> got = new LinkedHashSet<>(raw.header());
        List<String> missing = new ArrayList<>(reference.table().columns().stream()
                .map(org.scorekit.tabular.Column::name).toList());
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(allowed);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new CsvFormatException(raw.source(), 1, 0, "expected the columns of " + real
                    + (missing.isEmpty() ? "" : "; missing " + quoted(missing))
                    + (extra.isEmpty() ? "" : "; not in the real table " + quoted(extra)));
        }
        return Table.from(raw, reference.table().schema()).inColumnOrderOf(reference.table());
    }

    private static String quoted(List<String> names) {
        List<String> shown = names.stream().limit(5).map(Checks::quoted).toList();
        return String.join(", ", shown) + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
    }

    private Map<String, Object> inputs() throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("real", real);
        files.put("synthetic", synthetic);
        if (test != null) {
            files.put("test", test);
        }
        if (holdout != null) {
            files.put("holdout", holdout);
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            out.put(f.getKey(), Map.of("file", f.getValue().toString(),
                    "sha256", Provenance.sha256(f.getValue())));
        }
        return out;
    }

    private static void printSummary(PrintWriter o, EvaluationResult r, double seconds) {
        Map<String, Double> spread = r.spread();
        o.println();
        o.printf("%-16s %10s  %s%n", "metric", "score", "reading");
        r.summary().forEach((key, value) -> o.printf("%-16s %10.4f  %s%n", key, value,
                reading(key, value, spread.get(key))));
        o.printf("%nevaluated in %.1f s%n", seconds);
    }

    private static String reading(String key, double value, Double sd) {
        String text = switch (key) {
            case "shape", "trend" -> String.format("error %.2f %%", 100 * (1 - value));
            case "dcr" -> "ideal 0.5 for equal halves; larger means closer to the train rows";
            case "c2stLogistic", "c2stXgboost" -> "1 = indistinguishable, 0 = separable";
            case "mle", "mleReal" -> "ROC AUC on the test table";
            case "exactCopies" -> "synthetic rows identical to a train row";
            case "exactCopiesHoldout" -> "holdout rows identical to a train row (the reference)";
            default -> "";
        };
        return sd == null ? text : text + String.format(" (sd %.4f over seeds)", sd);
    }
}
