package org.scorekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scorekit.checks.Checks;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.Provenance;
import org.scorekit.report.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit benchmark tabular (--dataset credit-default | --data FILE --target COL)
 * [--seeds K] [--estimators theory] [--quick] [--out DIR]}: splits the table as TabSyn does
 * (90/10 and 50/50), fits each estimator with each seed on both train tables, samples as many
 * rows as each train table holds, evaluates (Shape, Trend, α/β, C2ST, MLE on 90/10; DCR and
 * exact copies on 50/50) and prints one table beside the real-data row and, for Credit
 * Default, the anchors of spec/tabular-protocol.md §6.1 (docs/benchmark.md). Every finished
 * cell is kept: a rerun with the same settings and {@code --out} resumes where it stopped.
 */
@Command(name = "tabular", description = "Fit, sample and evaluate on the TabSyn 90/10 and 50/50 "
        + "splits of a table over several seeds; a rerun resumes where it stopped.")
final class TabularBenchmarkCommand implements Callable<Integer> {
    /** The one named data set. */
    static final String CREDIT_DEFAULT = "credit-default";
    /** Its file name, as UCI ships it. */
    static final String CREDIT_DEFAULT_FILE = "default_of_credit_card_clients.csv";
    /** Its target column. */
    static final String CREDIT_DEFAULT_TARGET = "default payment next month";
    /** Where a named data set's folder is looked for, relative to the working folder. */
    static final List<String> DATASET_ROOTS = List.of("datasets", "../shared/datasets");
    /** The estimators a benchmark can fit. */
    static final List<String> ESTIMATORS = List.of(BenchmarkBudget.THEORY, BenchmarkBudget.MLP);
    /** The most seeds one benchmark runs. */
    static final int MAX_SEEDS = 100;
    /** The settings record, written first; a rerun must match it. */
    static final String PLAN = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "A named data set: credit-default (looked for in datasets/ and ../shared/datasets/; never downloaded).")
    String dataset;

    @Option(names = "--data", paramLabel = "FILE",
            description = "The CSV table (instead of, or as the file of, --dataset).")
    Path data;

    @Option(names = "--target", paramLabel = "COLUMN",
            description = "The target column (MLE); credit-default's is known.")
    String target;

    @Option(names = "--seeds", paramLabel = "K",
            description = "Seeds per estimator (default: 3, with --quick 1).")
    Integer seeds;

    @Option(names = "--estimators", paramLabel = "LIST", split = ",", defaultValue = "theory",
            description = "Comma-separated estimators (default: ${DEFAULT-VALUE}).")
    List<String> estimators;

    @Option(names = "--quick", description = "Width 256, at most 200 GD steps, 200 sampler steps, 1 seed by default.")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The benchmark folder (default: benchmark-<data>[-quick]); a rerun resumes it.")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        Path file = dataFile();
        String targetColumn = target != null ? target
                : CREDIT_DEFAULT.equals(dataset) ? CREDIT_DEFAULT_TARGET : null;
        if (targetColumn == null) {
            throw new InvalidSpecException("--target: the benchmark needs the target column of "
                    + file + " (MLE trains a classifier of it)");
        }
        int k = seeds != null ? seeds : quick ? 1 : 3;
        if (k < 1 || k > MAX_SEEDS) {
            throw new InvalidSpecException("--seeds must be between 1 and " + MAX_SEEDS + ": " + k);
        }
        List<String> chosen = estimators.stream().distinct().toList();
        for (String e : chosen) {
            Checks.require(ESTIMATORS.contains(e), "--estimators: each must be one of "
                    + ESTIMATORS + ": " + e);
        }
        Path folder = out != null ? out : Path.of("benchmark-" + name(file) + (quick ? "-quick" : ""));
        OutputFolder.require(folder);
        TableOptions options = new TableOptions();
        options.target = targetColumn;
        options.read(file);
        ObjectNode plan = plan(file, targetColumn, k, chosen);
        requireSamePlan(folder, plan);
        PrintWriter o = command.commandLine().getOut();
        Path splits = folder.resolve("splits");
        try (Writer logFile = Files.newBufferedWriter(folder.resolve("splits.log"),
                StandardCharsets.UTF_8); PrintWriter log = new PrintWriter(logFile, true)) {
            for (BenchmarkSplit s : BenchmarkSplit.values()) {
                s.prepare(file, targetColumn, splits, log);
            }
        }
        BenchmarkBudget budget = new BenchmarkBudget(quick);
        List<BenchmarkCell> cells = BenchmarkCell.plan(chosen, k);
        List<JsonNode> records = new ArrayList<>();
        Path cellRoot = folder.resolve("cells");
        Files.createDirectories(cellRoot);
        int index = 0;
        for (BenchmarkCell cell : cells) {
            index++;
            JsonNode done = cell.completed(cellRoot);
            if (done != null) {
                o.printf("cell %d/%d %s: kept from an earlier run%n", index, cells.size(), cell.name());
                records.add(done);
                continue;
            }
            o.printf("cell %d/%d %s: fitting, sampling, evaluating%n", index, cells.size(), cell.name());
            o.flush();
            JsonNode record = cell.run(cellRoot, splits, targetColumn, budget);
            o.printf("  fit %.0f s, sample %.0f s, evaluate %.0f s%n",
                    record.path("fitSeconds").asDouble(), record.path("sampleSeconds").asDouble(),
                    record.path("evaluateSeconds").asDouble());
            records.add(record);
        }
        BenchmarkSummary summary = BenchmarkSummary.of(chosen, records,
                CREDIT_DEFAULT.equals(dataset));
        List<String> subtitle = List.of("data: " + file + " (target " + targetColumn + ")",
                k + " seed(s) per estimator; " + budget.describe(),
                "90/10 cells: Shape, Trend, alpha/beta, C2ST, MLE, times; 50/50 cells: DCR,"
                        + " exact copies");
        AtomicFiles.writeString(folder.resolve("benchmark.csv"), summary.csv());
        AtomicFiles.writeString(folder.resolve("benchmark.html"), BenchmarkReport.html(
                "scorekit benchmark tabular: " + name(file), subtitle, BenchmarkSummary.header(),
                summary.cells(), notes()));
        o.println();
        o.print(summary.text());
        o.println();
        o.println("wrote " + folder.resolve("benchmark.csv") + " and "
                + folder.resolve("benchmark.html"));
        return 0;
    }

    /** The table: --data, or the named data set's file in the first root that holds it. */
    private Path dataFile() {
        if (dataset != null && !CREDIT_DEFAULT.equals(dataset)) {
            throw new InvalidSpecException("--dataset must be one of [" + CREDIT_DEFAULT + "]: "
                    + dataset + " (or give any table with --data FILE --target COLUMN)");
        }
        if (data != null) {
            return data;
        }
        if (dataset == null) {
            throw new InvalidSpecException("give --dataset " + CREDIT_DEFAULT
                    + " or --data FILE --target COLUMN");
        }
        for (String root : DATASET_ROOTS) {
            Path candidate = Path.of(root, CREDIT_DEFAULT, CREDIT_DEFAULT_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new InvalidSpecException("--dataset " + CREDIT_DEFAULT + ": " + CREDIT_DEFAULT_FILE
                + " is not in " + String.join(" or ", DATASET_ROOTS.stream()
                .map(r -> r + "/" + CREDIT_DEFAULT + "/").toList())
                + " (scorekit never downloads data); give its path with --data FILE");
    }

    private ObjectNode plan(Path file, String targetColumn, int k, List<String> chosen)
            throws IOException {
        ObjectNode plan = JSON.createObjectNode();
        plan.put("format", "scorekit-benchmark-tabular");
        plan.put("version", 1);
        plan.put("dataset", dataset);
        plan.put("dataSha256", Provenance.sha256(file));
        plan.put("target", targetColumn);
        plan.put("seeds", k);
        chosen.forEach(plan.putArray("estimators")::add);
        plan.put("quick", quick);
        return plan;
    }

    /** Writes the plan into a new folder, or checks that the folder's plan is this one. */
    private static void requireSamePlan(Path folder, ObjectNode plan) throws IOException {
        Path file = folder.resolve(PLAN);
        if (Files.isRegularFile(file)) {
            JsonNode earlier = JSON.readTree(file.toFile());
            if (!earlier.equals(plan)) {
                throw new InvalidSpecException("--out " + folder + ": holds a benchmark with"
                        + " other settings or data (" + PLAN + "); give another --out or the"
                        + " same settings to resume it");
            }
            return;
        }
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new InvalidSpecException("--out " + folder + ": the folder is not"
                            + " empty and holds no " + PLAN);
                }
            }
        }
        Files.createDirectories(folder);
        AtomicFiles.writeString(file, JSON.writeValueAsString(plan) + "\n");
    }

    private static List<String> notes() {
        return List.of("Shape and Trend errors are 100 (1 - score); the other columns are raw"
                        + " scores. DCR ideal 0.5; exact copies should stay at or below the real"
                        + " row's (holdout rows identical to a train row).",
                "Anchor rows: " + BenchmarkSummary.ANCHOR_SOURCE + "; their DCR is that"
                        + " source's DCR-style score.",
                "fit s and sample s are wall-clock seconds of the 90/10 cells on this machine.");
    }

    private static String name(Path file) {
        return FitCommand.name(file).toLowerCase(Locale.ROOT);
    }
}
