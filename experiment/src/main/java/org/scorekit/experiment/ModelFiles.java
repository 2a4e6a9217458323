package org.scorekit.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;

/**
 * The trained network as {@code model.json} (shapes, parametrisation, SHA-256 of the weights) and
 * {@code model.bin} (W then A, big-endian doubles). Reading verifies the checksum.
 */
public final class ModelFiles {
    /** The weights file name. */
    public static final String WEIGHTS = "model.bin";
    /** The description file name. */
    public static final String DESCRIPTION = "model.json";

    private ModelFiles() {
    }

    /** Writes model.bin then model.json into a directory; returns the SHA-256 of model.bin. */
    public static String write(Path directory, TwoLayerRelu network) throws IOException {
        double[] w = network.firstLayerData();
        double[] a = network.outputLayerData();
        ByteBuffer buf = ByteBuffer.allocate(8 * (w.length + a.length)).order(ByteOrder.BIG_ENDIAN);
        for (double v : w) {
            buf.putDouble(v);
        }
        for (double v : a) {
            buf.putDouble(v);
        }
        byte[] bytes = buf.array();
        AtomicFiles.write(directory.resolve(WEIGHTS), bytes);
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("formatVersion", 1);
        d.put("type", EstimatorSpec.TWO_LAYER_RELU);
        d.put("parametrisation", "f(z) = (1/sqrt(m)) sum_r a_r relu(w_r . z); W trained, A fixed");
        d.put("width", network.width());
        d.put("inputDimension", network.inputDimension());
        d.put("outputDimension", network.outputDimension());
        d.put("weights", WEIGHTS);
        d.put("layout", "W (width x inputDimension) then A (width x outputDimension), row-major, "
                + "big-endian float64");
        String sha256 = Provenance.sha256(bytes);
        d.put("sha256", sha256);
        AtomicFiles.writeString(directory.resolve(DESCRIPTION),
                SpecReader.json().writerWithDefaultPrettyPrinter().writeValueAsString(d) + "\n");
        return sha256;
    }

    /**
     * Reads the network of a run directory, verifying shapes and the checksum of the weights
     * against model.json and against {@code recordedSha256}, the one the run record holds (so
     * that replacing model.bin and model.json together is noticed).
     */
    public static TwoLayerRelu read(Path directory, String recordedSha256) {
        Path json = directory.resolve(DESCRIPTION);
        Path bin = directory.resolve(WEIGHTS);
        try {
            JsonNode d = SpecReader.json().readTree(InputFiles.readText(json));
            int m = positive(json, d, "width");
            int in = positive(json, d, "inputDimension");
            int out = positive(json, d, "outputDimension");
            byte[] bytes = weights(bin, 8L * m * (in + out));
            String sha256 = Provenance.sha256(bytes);
            if (!sha256.equals(d.path("sha256").asText())) {
                throw new InvalidSpecException(bin + ": checksum does not match " + json
                        + " (the weights file was changed or truncated)");
            }
            if (recordedSha256.isEmpty()) {
                throw new InvalidSpecException(directory.resolve(RunWriter.RUN) + ": no "
                        + RunIntegrity.MODEL_SHA256 + " (written by an older scorekit; run the"
                        + " spec again)");
            }
            if (!sha256.equals(recordedSha256)) {
                throw new InvalidSpecException(bin + ": checksum does not match the "
                        + RunIntegrity.MODEL_SHA256 + " of " + RunWriter.RUN
                        + " (the weights were replaced after the run)");
            }
            ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
            double[] w = new double[m * in];
            double[] a = new double[m * out];
            for (int i = 0; i < w.length; i++) {
                w[i] = buf.getDouble();
            }
            for (int i = 0; i < a.length; i++) {
                a[i] = buf.getDouble();
            }
            return TwoLayerRelu.of(Matrix.wrap(m, in, w), Matrix.wrap(m, out, a));
        } catch (IOException e) {
            throw new InvalidSpecException(json + ": not valid JSON");
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(bin + ": " + e.getMessage(), e);
        }
    }

    /** The weights file, read only if it is a regular file of at most {@code expected} bytes. */
    private static byte[] weights(Path bin, long expected) {
        if (expected > MemoryEstimate.MAX_ARRAY) {
            throw new InvalidSpecException(bin + ": " + expected + " bytes of weights are more than"
                    + " one array holds");
        }
        byte[] bytes = InputFiles.readBytes(bin, expected);
        if (bytes.length != expected) {
            throw new InvalidSpecException(bin + ": expected " + expected + " bytes, got "
                    + bytes.length);
        }
        return bytes;
    }

    private static int positive(Path file, JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || !v.canConvertToInt() || v.asInt() <= 0) {
            throw new InvalidSpecException(file + " (" + field + "): expected a positive integer");
        }
        return v.asInt();
    }
}
