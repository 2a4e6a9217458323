package org.scorekit.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.scorekit.tabular.encoding.EncoderFile;
import org.scorekit.tabular.encoding.TableEncoder;

/**
 * The encoder of a table run, {@code encoder.json} (docs/encoding.md), checksummed in the run
 * record like the weights: a table model decodes its samples with it and never rereads the table.
 */
public final class EncoderFiles {
    /** The encoder file of a table run. */
    public static final String ENCODER = "encoder.json";
    /** The run record's field holding the SHA-256 of {@code encoder.json}. */
    public static final String ENCODER_SHA256 = "encoderSha256";
    /** The largest encoder file read (an encoder holds at most ~1000 quantiles per column). */
    private static final long MAX_BYTES = InputFiles.MAX_BYTES;

    private EncoderFiles() {
    }

    /** Writes encoder.json atomically and returns its SHA-256. */
    static String write(Path directory, TableEncoder encoder) throws IOException {
        byte[] bytes = EncoderFile.toJson(encoder).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(directory.resolve(ENCODER), bytes);
        return Provenance.sha256(bytes);
    }

    /**
     * The encoder of a run directory, checked against {@code recordedSha256} from the run record
     * (a replaced or damaged encoder file is an input error).
     */
    static TableEncoder read(Path directory, String recordedSha256) {
        Path file = directory.resolve(ENCODER);
        byte[] bytes = InputFiles.readBytes(file, MAX_BYTES);
        if (recordedSha256.isEmpty()) {
            throw new InvalidSpecException(directory.resolve(RunWriter.RUN) + ": no "
                    + ENCODER_SHA256 + " for the table run's " + ENCODER);
        }
        if (!Provenance.sha256(bytes).equals(recordedSha256)) {
            throw new InvalidSpecException(file + ": checksum does not match the " + ENCODER_SHA256
                    + " of " + RunWriter.RUN + " (the encoder was changed after the run)");
        }
        try {
            return EncoderFile.parse(file.toString(),
                    InputFiles.decodeUtf8(file.toString(), bytes));
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(e.getMessage(), e);
        }
    }
}
