package org.scorekit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.scorekit.csv.EmptyCells;
import org.scorekit.csv.NumericTable;

/**
 * Read access to a run directory (docs/run-directory.md, formatVersion 1): {@code run.json} is
 * required, every CSV file is optional. run.json is read as a Jackson tree so that the report
 * tolerates absent fields instead of binding to the experiment's record types.
 */
final class RunDirectory {
    /** The run.json format version this report reads. */
    static final int FORMAT_VERSION = 1;

    private final Path path;
    private final JsonNode run;

    private RunDirectory(Path path, JsonNode run) {
        this.path = path;
        this.run = run;
    }

    /**
     * Opens a run directory and parses its run.json.
     *
     * @throws IllegalArgumentException if the path is not a directory, run.json is missing or
     *     malformed, or its formatVersion is newer than {@link #FORMAT_VERSION}
     */
    static RunDirectory open(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("runDirectory must be a directory: " + path);
        }
        Path runJson = path.resolve("run.json");
        if (!Files.isRegularFile(runJson)) {
            throw new IllegalArgumentException("not a run directory, run.json is missing: " + path);
        }
        JsonNode run;
        try {
            run = new ObjectMapper().readTree(Files.readString(runJson, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : ", line " + e.getLocation().getLineNr();
            throw new IllegalArgumentException(
                    runJson + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (run == null || !run.isObject()) {
            throw new IllegalArgumentException(runJson + " must hold a JSON object");
        }
        int version = run.path("formatVersion").asInt(FORMAT_VERSION);
        if (version > FORMAT_VERSION) {
            throw new IllegalArgumentException(runJson + " has formatVersion " + version
                    + ", this report reads formatVersion " + FORMAT_VERSION);
        }
        return new RunDirectory(path, run);
    }

    /** The directory itself. */
    Path path() {
        return path;
    }

    /** The parsed run.json. */
    JsonNode run() {
        return run;
    }

    /** The {@code results} object of run.json (a missing node when absent). */
    JsonNode results() {
        return run.path("results");
    }

    /** The named CSV file of the run, or empty when the run did not write it. */
    Optional<NumericTable> table(String fileName) throws IOException {
        Path file = path.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(NumericTable.read(file, EmptyCells.NAN))
                : Optional.empty();
    }
}
