package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Cells;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.TableCsv;
import org.scorekit.tabular.encoding.EncoderFile;

/** A run on a CSV table: no oracle, held-out sample metrics, a decoded synthetic table. */
class TableRunTest {
    @TempDir
    static Path dir;
    static RunOutcome outcome;
    static Pipeline pipeline;

    /** Settings that keep a run to about a second; the data section is the test's. */
    static final String SETTINGS = """
            estimator: {width: 64, maxSteps: 30, evaluateEvery: 5}
            stopping: {patience: 3}
            sampler: {steps: 40, samples: 300}
            metrics: {coupling: false}
            """;

    /**
     * A generated table of 150 rows: an integer and a decimal column with missing cells, a
     * string categorical, a boolean written in capitals, and a 0/1 column.
     */
    static String table(int rows, long seed) {
        Rng rng = Rng.of(seed);
        StringBuilder csv = new StringBuilder("age,income,region,owner,flag\n");
        String[] regions = {"north", "south", "east"};
        for (int i = 0; i < rows; i++) {
            int age = 20 + rng.nextInt(50);
            String region = regions[rng.nextInt(3)];
            boolean owner = rng.nextDouble() < 0.2 + 0.01 * (age - 20);
            double income = Math.exp(10 + 0.01 * age + 0.4 * rng.nextGaussian());
            String incomeCell = rng.nextDouble() < 0.1 ? ""
                    : String.format(Locale.ROOT, "%.2f", income);
            csv.append(age).append(',').append(incomeCell).append(',').append(region).append(',')
                    .append(owner ? "TRUE" : "FALSE").append(',').append(owner ? 1 : 0)
                    .append('\n');
        }
        return csv.toString();
    }

    static Pipeline pipeline(String data) {
        return Pipeline.from(SpecReader.parse("formatVersion: 1\nname: t\nseed: 5\n" + data + "\n"
                + SETTINGS, "spec.yaml", true), dir);
    }

    @BeforeAll
    static void runOnce() throws IOException {
        Files.writeString(dir.resolve("table.csv"), table(150, 11));
        pipeline = pipeline("data: {type: table, path: table.csv, target: flag}");
        outcome = Runner.compute(pipeline, RunListener.NONE);
    }

    @Test
    void theSpecHoldsEveryTableDefault() {
        DataSpec.Table t = (DataSpec.Table) pipeline.spec().data();
        assertTrue(Path.of(t.path()).isAbsolute());
        assertEquals(0.1, t.validationFraction());
        // 135 fitted rows: K = ceil(4000 / 135) = 30, capped at 16.
        assertEquals(TableSource.MAX_DEFAULT_DRAWS, t.drawsPerRow());
        assertEquals(16 * 135, pipeline.spec().problem().size());
        assertEquals(8 * 16 * 15, pipeline.spec().stopping().validationSize());
        assertEquals(RegressionTarget.CLEAN, pipeline.spec().problem().target());
    }

    @Test
    void theSavedModelPredictsAsTheRunInEitherTarget() throws IOException {
        Matrix x = Rng.of(3).gaussian(4, pipeline.data().dimension());
        double[] t = {0.06, 0.3, 1.0, 4.0};
        List<double[]> predicted = new ArrayList<>();
        for (String target : List.of("noise", "clean")) {
            Pipeline p = pipeline("data: {type: table, path: table.csv, target: flag}\n"
                    + "problem: {target: " + target + "}");
            ProblemSizing.Sized sized = ProblemSizing.run(p.spec(), dir, p, Long.MAX_VALUE,
                    RunListener.NONE);
            Path run = RunWriter.createDirectory(dir.resolve(target), p.spec(), Instant.EPOCH);
            RunWriter.write(run, sized, Instant.EPOCH, 0, RunWriter.Finisher.NONE);
            double[] f = sized.outcome().model().learned(sized.pipeline()).denoise(x, t).data();
            assertArrayEquals(f, SavedRun.load(run).denoiser().denoise(x, t).data());
            predicted.add(f);
        }
        assertFalse(Arrays.equals(predicted.get(0), predicted.get(1)));
    }

    @Test
    void aTableRunHasNoOracleMeasurements() {
        JsonNode results = outcome.results();
        assertTrue(results.path("data").has("table"));
        assertEquals(135, results.path("data").path("fittedRows").asInt());
        assertEquals(15, results.path("data").path("heldOutRows").asInt());
        assertFalse(results.has("scoreMetrics"));
        JsonNode t = results.path("training");
        for (String oracle : List.of("tauOracle", "oracleRiskAtLastStep", "oracleRiskAtTauValidation")) {
            assertFalse(t.has(oracle), oracle);
        }
        assertFalse(outcome.history().orElseThrow().entries().get(0).evaluations()
                .containsKey(org.scorekit.train.TrainingHistory.ORACLE_RISK));
        assertTrue(outcome.scoreVsTime().isEmpty());
        assertTrue(outcome.samplesExact().isEmpty());
    }

    @Test
    void sampleMetricsCompareLearnedAndGaussianFitWithTheHeldOutRows() {
        JsonNode metrics = outcome.results().path("sampleMetrics");
        assertEquals(pipeline.sampleMetrics().size(), metrics.size());
        for (JsonNode m : metrics) {
            assertEquals(TableMeasures.HELD_OUT, m.path("target").asText());
            assertTrue(Double.isFinite(m.path("learned").asDouble()));
            assertTrue(Double.isFinite(m.path("gaussianFit").asDouble()));
            assertFalse(m.has("exactFloor"));
        }
        assertEquals(15, outcome.reference().rows());
    }

    @Test
    void theSyntheticTableHasTheColumnsTypesAndCategoriesOfTheTable() {
        Table synthetic = outcome.synthetic().orElseThrow();
        assertEquals(300, synthetic.rows());
        assertEquals(List.of("age", "income", "region", "owner", "flag"),
                synthetic.columns().stream().map(Column::name).toList());
        assertEquals(ColumnType.NUMERICAL, synthetic.column("age").type());
        for (double age : synthetic.column("age").numbers()) {
            assertTrue(Cells.isInteger(age) && age >= 20 && age <= 69, "age " + age);
        }
        assertEquals(Set.of("north", "south", "east"),
                new HashSet<>(synthetic.column("region").occurring()));
        assertTrue(Set.of("true", "false").containsAll(synthetic.column("owner").occurring()));
        assertEquals(ColumnType.TARGET, synthetic.column("flag").type());
    }

    @Test
    void theSameSeedGivesTheSameSyntheticBytes() {
        RunOutcome again = Runner.compute(pipeline("data: {type: table, path: table.csv, target: flag}"),
                RunListener.NONE);
        assertEquals(TableCsv.toText(outcome.synthetic().orElseThrow()),
                TableCsv.toText(again.synthetic().orElseThrow()));
    }

    @Test
    void aModelDirectoryDecodesWithoutItsTableAndRefusesATamperedEncoder() throws IOException {
        Path root = dir.resolve("runs");
        Files.createDirectories(root);
        Path copy = dir.resolve("copy.csv");
        Files.copy(dir.resolve("table.csv"), copy);
        Pipeline p = pipeline("data: {type: table, path: copy.csv, target: flag}");
        ProblemSizing.Sized sized = ProblemSizing.run(p.spec(), dir, p, Long.MAX_VALUE,
                RunListener.NONE);
        Path run = RunWriter.createDirectory(root, p.spec(), Instant.EPOCH);
        RunWriter.write(run, sized, Instant.EPOCH, 0, RunWriter.Finisher.NONE);
        assertTrue(Files.isRegularFile(run.resolve(RunWriter.SYNTHETIC)));
        Files.delete(copy);
        SavedRun saved = SavedRun.load(run);
        TableData restored = (TableData) saved.pipeline().data();
        assertEquals(EncoderFile.toJson(((TableData) p.data()).encoder()),
                EncoderFile.toJson(restored.encoder()));
        Path encoder = run.resolve(EncoderFiles.ENCODER);
        Files.writeString(encoder, Files.readString(encoder).replaceFirst("north", "nort"));
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SavedRun.load(run));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void tablesNoModelCanBeFittedOnAreRefusedWithTheColumn() throws IOException {
        Files.writeString(dir.resolve("one.csv"), "a,b\n1,x\n");
        String one = message("data: {type: table, path: one.csv}");
        assertTrue(one.contains("at least 2 rows"), one);
        Files.writeString(dir.resolve("constant.csv"), "a,b\n2.5,x\n2.5,y\n,x\n");
        String constant = message("data: {type: table, path: constant.csv}");
        assertTrue(constant.contains("column 'a' (numerical)") && constant.contains("every present cell is 2.5"), constant);
        Files.writeString(dir.resolve("target.csv"), "a,b\n1,x\n2,x\n3,x\n");
        String target = message("data: {type: table, path: target.csv, target: b}");
        assertTrue(target.contains("column 'b' (target): must have at least 2 levels"), target);
    }

    @Test
    void oracleStoppingAndAGivenSizeAreRefusedOnATable() {
        String oracle = assertThrows(RuntimeException.class, () -> Pipeline.from(SpecReader.parse(
                "formatVersion: 1\ndata: {type: table, path: table.csv}\nstopping: {rule: oracle}\n",
                "spec.yaml", true), dir)).getMessage();
        assertTrue(oracle.contains("stopping.rule: oracle needs a data law"), oracle);
        String size = message("data: {type: table, path: table.csv}\nproblem: {size: 100}");
        assertTrue(size.contains("problem.size must be left out for table data"), size);
    }

    private static String message(String data) {
        return assertThrows(RuntimeException.class, () -> pipeline(data)).getMessage();
    }
}
