package org.scorekit.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a run directory is a finished, untouched run before {@code report},
 * {@code reproduce}, {@code sample} or {@code score} use it: the {@code COMPLETE} marker is
 * present (an interrupted run never passes for a result), {@code run.json} is a run record, and
 * {@code spec.json} still hashes to the record's {@code specHash}. The weights are checked
 * against the record's {@code modelSha256} by {@link ModelFiles#read}.
 */
public final class RunIntegrity {
    /** The run record's field holding the SHA-256 of {@code model.bin}. */
    public static final String MODEL_SHA256 = "modelSha256";

    private static final long MAX_RECORD_BYTES = 16L << 20;

    private RunIntegrity() {
    }

    /** The run record of a complete, consistent run directory. */
    public static JsonNode verify(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidSpecException(directory + ": not a directory");
        }
        if (!Files.exists(directory.resolve(RunWriter.COMPLETE))) {
            throw new InvalidSpecException(directory + ": not a complete run directory (no "
                    + RunWriter.COMPLETE + " marker: the run was interrupted or is still running)");
        }
        Path runJson = directory.resolve(RunWriter.RUN);
        JsonNode record = readRecord(runJson);
        String hash = record.path("specHash").asText("");
        byte[] spec = InputFiles.readBytes(directory.resolve(RunWriter.SPEC), MAX_RECORD_BYTES);
        if (hash.isEmpty() || !Provenance.sha256(spec).startsWith(hash)) {
            throw new InvalidSpecException(directory.resolve(RunWriter.SPEC) + ": does not match"
                    + " the specHash " + hash + " of " + RunWriter.RUN + " (the spec was edited"
                    + " after the run)");
        }
        return record;
    }

    private static JsonNode readRecord(Path runJson) {
        String text = InputFiles.decodeUtf8(runJson.toString(),
                InputFiles.readBytes(runJson, MAX_RECORD_BYTES));
        JsonNode record;
        try {
            record = SpecReader.json().readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException(runJson + " line " + e.getLocation().getLineNr()
                    + ": not valid JSON");
        }
        if (record == null || !record.isObject() || !record.path("results").isObject()
                || record.path("formatVersion").asInt() != 1) {
            throw new InvalidSpecException(runJson + ": expected a run record (an object with"
                    + " formatVersion 1 and results)");
        }
        return record;
    }
}
