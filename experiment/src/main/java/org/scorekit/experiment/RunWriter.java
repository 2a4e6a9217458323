package org.scorekit.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.scorekit.tabular.TableCsv;

/**
 * Writes a run directory (docs/run-directory.md): {@code runs/<name>/<UTC time>-<spec hash>/},
 * every file atomically, the {@code COMPLETE} marker last.
 */
public final class RunWriter {
    /** The completion marker. */
    public static final String COMPLETE = "COMPLETE";
    /** The resolved spec file. */
    public static final String SPEC = "spec.json";
    /** The run record. */
    public static final String RUN = "run.json";
    /** The synthetic table of a table run: the learned samples, decoded. */
    public static final String SYNTHETIC = "synthetic.csv";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Work done on a finished run directory before it is marked complete (e.g. the report). */
    public interface Finisher {
        /** Does nothing. */
        Finisher NONE = dir -> {
        };

        /** Called with the run directory after every result file is written. */
        void finish(Path runDirectory) throws IOException;
    }

    private RunWriter() {
    }

    /** The canonical JSON of the resolved spec (the bytes that are hashed and saved). */
    public static String canonicalSpec(ExperimentSpec spec) throws IOException {
        return SpecReader.json().writerWithDefaultPrettyPrinter().writeValueAsString(spec) + "\n";
    }

    /** The first 12 hex digits of the SHA-256 of the canonical spec. */
    public static String specHash(ExperimentSpec spec) throws IOException {
        return Provenance.sha256(canonicalSpec(spec).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** Creates a fresh run directory under {@code root} for the spec. */
    public static Path createDirectory(Path root, ExperimentSpec spec, Instant now)
            throws IOException {
        Path parent = requireParent(root, spec.name());
        String base = STAMP.format(now) + "-" + specHash(spec);
        for (int i = 0; ; i++) {
            Path dir = parent.resolve(i == 0 ? base : base + "-" + i);
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // Two runs of one spec in the same second: take the next suffix.
            }
        }
    }

    /**
     * Creates {@code root/name}, the directory of a spec name's runs, or fails with one line:
     * called before any work, so a run never computes what it cannot write.
     */
    public static Path requireParent(Path root, String name) {
        Path parent = root.resolve(name);
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InvalidSpecException(parent + ": cannot create the output directory ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (!Files.isWritable(parent)) {
            throw new InvalidSpecException(parent + ": the output directory is not writable");
        }
        return parent;
    }

    /** Writes the outcome into {@code dir}, runs the finisher, and marks the run complete. */
    public static void write(Path dir, ProblemSizing.Sized sized, Instant started,
                             double wallSeconds, Finisher finisher) throws IOException {
        Pipeline pipeline = sized.pipeline();
        RunOutcome outcome = sized.outcome();
        ExperimentSpec spec = pipeline.spec();
        AtomicFiles.writeString(dir.resolve(SPEC), canonicalSpec(spec));
        if (outcome.history().isPresent()) {
            RunTables.writeHistory(dir.resolve("history.csv"), outcome.history().get());
        }
        if (!outcome.scoreVsTime().isEmpty()) {
            RunTables.writeRows(dir.resolve("score-vs-time.csv"), Runner.SCORE_VS_TIME_COLUMNS,
                    outcome.scoreVsTime());
        }
        RunTables.writeMatrix(dir.resolve("samples.csv"), outcome.samples());
        if (outcome.samplesExact().isPresent()) {
            RunTables.writeMatrix(dir.resolve("samples-exact.csv"), outcome.samplesExact().get());
        }
        if (outcome.samplesGaussianFit().isPresent()) {
            RunTables.writeMatrix(dir.resolve("samples-gaussian-fit.csv"),
                    outcome.samplesGaussianFit().get());
        }
        RunTables.writeMatrix(dir.resolve("samples-untrained.csv"), outcome.samplesUntrained());
        RunTables.writeMatrix(dir.resolve("reference.csv"), outcome.reference());
        if (outcome.synthetic().isPresent()) {
            AtomicFiles.writeString(dir.resolve(SYNTHETIC),
                    TableCsv.toText(outcome.synthetic().get()));
        }
        String modelSha256 = ModelFiles.write(dir, outcome.model());
        ObjectNode run = JsonNodeFactory.instance.objectNode();
        run.put("formatVersion", 1);
        run.put("name", spec.name());
        run.put("specHash", specHash(spec));
        run.put(RunIntegrity.MODEL_SHA256, modelSha256);
        if (pipeline.data() instanceof TableData table) {
            run.put(EncoderFiles.ENCODER_SHA256, EncoderFiles.write(dir, table.encoder()));
        }
        ObjectNode provenance = Provenance.of(spec.seed(), pipeline.inputFiles(), started,
                wallSeconds);
        if (sized.grows()) {
            provenance.set("sizing", sized.json());
        }
        run.set("provenance", provenance);
        run.set("results", outcome.results());
        ObjectMapper json = SpecReader.json();
        AtomicFiles.writeString(dir.resolve(RUN),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(run) + "\n");
        finisher.finish(dir);
        AtomicFiles.writeString(dir.resolve(COMPLETE), Instant.now().toString() + "\n");
    }
}
