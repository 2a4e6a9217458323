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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.DataSpec;
import org.scorekit.experiment.ExperimentSpec;

/**
 * One cell of a tabular benchmark: an estimator fitted with one seed on one split, sampled (as
 * many rows as the split's train table) and evaluated. Its folder holds the model directory,
 * {@code synthetic.csv}, {@code evaluation/} and {@code log.txt}; {@code cell.json}, written
 * last, marks it complete. A folder without it is an interrupted cell and is redone from the
 * start.
 *
 * @param split     the split
 * @param estimator the estimator's name
 * @param seed      the seed of the fit, the sampler and the evaluation's seeded metrics
 */
record BenchmarkCell(BenchmarkSplit split, String estimator, long seed) {
    /** The completion marker. */
    static final String MARKER = "cell.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The folder name, e.g. {@code 90-10-theory-seed0}. */
    String name() {
        return split.label() + "-" + estimator + "-seed" + seed;
    }

    /** The completed cell's record in {@code cells}, or null when it has not completed. */
    JsonNode completed(Path cells) throws IOException {
        Path marker = cells.resolve(name()).resolve(MARKER);
        return Files.isRegularFile(marker) ? JSON.readTree(marker.toFile()) : null;
    }

    /**
     * Runs the cell into {@code cells/name()} (after removing what an interrupted run left) and
     * returns its record.
     *
     * @param splits the folder of the splits ({@link BenchmarkSplit#folder})
     * @param target the target column
     * @param budget the estimator and sampler settings
     */
    JsonNode run(Path cells, Path splits, String target, BenchmarkBudget budget)
            throws IOException {
        Path dir = cells.resolve(name());
        deleteTree(dir);
        Files.createDirectories(dir);
        Path train = split.train(splits);
        int rows = split.trainRows(splits);
        try (Writer file = Files.newBufferedWriter(dir.resolve("log.txt"), StandardCharsets.UTF_8);
             PrintWriter log = new PrintWriter(file, true)) {
            long t0 = System.nanoTime();
            ExperimentSpec spec = new ExperimentSpec(ExperimentSpec.FORMAT_VERSION,
                    FitCommand.name(train), seed, new DataSpec.Table(
                            train.toAbsolutePath().toString(), null, target, null, null, null,
                            null), null, null, budget.estimator(estimator), null, budget.sampler(), null);
            RunExecution.execute(spec, Path.of("."), FitCommand.exactly(dir.resolve("model")),
                    true, log, log);
            long t1 = System.nanoTime();
            command(log, "sample", dir.resolve("model").toString(), "-n", Integer.toString(rows),
                    "--seed", Long.toString(seed), "--out", dir.resolve("synthetic.csv").toString());
            long t2 = System.nanoTime();
            List<String> evaluate = new ArrayList<>(List.of("evaluate", "--real", train.toString(),
                    "--synthetic", dir.resolve("synthetic.csv").toString(), "--target", target,
                    "--seed", Long.toString(seed), "--out", dir.resolve("evaluation").toString()));
            evaluate.addAll(split.evaluationOptions(splits));
            command(log, evaluate.toArray(String[]::new));
            long t3 = System.nanoTime();
            ObjectNode record = JSON.createObjectNode();
            record.put("split", split.label());
            record.put("estimator", estimator);
            record.put("seed", seed);
            record.put("trainRows", rows);
            record.put("fitSeconds", (t1 - t0) / 1e9);
            record.put("sampleSeconds", (t2 - t1) / 1e9);
            record.put("evaluateSeconds", (t3 - t2) / 1e9);
            JsonNode evaluation = JSON.readTree(dir.resolve("evaluation")
                    .resolve("evaluation.json").toFile());
            ObjectNode metrics = record.putObject("metrics");
            for (String key : BenchmarkSummary.METRIC_KEYS) {
                if (evaluation.path(key).isNumber()) {
                    metrics.put(key, evaluation.path(key).asDouble());
                }
            }
            AtomicFiles.writeString(dir.resolve(MARKER), JSON.writeValueAsString(record) + "\n");
            return record;
        }
    }

    /** Runs a scorekit command in this JVM with its output in the cell's log; fails if it fails. */
    private void command(PrintWriter log, String... args) {
        log.println("$ scorekit " + String.join(" ", args));
        int code = Main.execute(args, log, log);
        if (code != 0) {
            throw new IllegalStateException("benchmark cell " + name() + ": scorekit " + args[0]
                    + " exited with code " + code + " (see its log.txt)");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }

    /** The cells of a plan in the order they run: split, then estimator, then seed. */
    static List<BenchmarkCell> plan(List<String> estimators, int seeds) {
        List<BenchmarkCell> out = new ArrayList<>();
        for (BenchmarkSplit s : BenchmarkSplit.values()) {
            for (String e : estimators) {
                for (long seed = 0; seed < seeds; seed++) {
                    out.add(new BenchmarkCell(s, e, seed));
                }
            }
        }
        return out;
    }
}
