package org.scorekit.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.scorekit.linalg.Matrix;
import org.scorekit.mlp.MlpDenoiser;
import org.scorekit.mlp.MlpShape;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.ResidualDenoiser;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.KernelExpansion;
import org.scorekit.train.Precision;

/**
 * The trained model as {@code model.json} (type, shapes, parametrisation, SHA-256 of the numbers)
 * and {@code model.bin} (big-endian doubles): for a network W then A; for a kernel predictor the
 * training inputs Z then the dual coefficients α; for the convex ladder the levels and each
 * level's gated network ({@link ConvexModelFile}); for the residual MLP its parameter vector
 * ({@link MlpModelFile}). Reading verifies the checksum.
 */
public final class ModelFiles {
    /** The weights file name. */
    public static final String WEIGHTS = "model.bin";
    /** The description file name. */
    public static final String DESCRIPTION = "model.json";
    /** The {@code type} of a kernel predictor's model.json. */
    static final String KERNEL_TYPE = "ntk-kernel-expansion";

    private ModelFiles() {
    }

    /** Writes model.bin then model.json into a directory; returns the SHA-256 of model.bin. */
    public static String write(Path directory, TrainedModel model) throws IOException {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("formatVersion", 1);
        byte[] bytes;
        if (model instanceof TrainedModel.Network n) {
            TwoLayerRelu network = n.model();
            bytes = bytes(network.firstLayerData(), network.outputLayerData());
            d.put("type", EstimatorSpec.LEGACY_NETWORK);
            d.put("parametrisation",
                    "f(z) = (1/sqrt(m)) sum_r a_r relu(w_r . z); W trained, A fixed");
            d.put("width", network.width());
            d.put("inputDimension", network.inputDimension());
            d.put("outputDimension", network.outputDimension());
            d.put("layout", "W (width x inputDimension) then A (width x outputDimension),"
                    + " row-major, big-endian float64");
        } else if (model instanceof TrainedModel.Convex c) {
            bytes = ConvexModelFile.describe(c.ladder(), d);
        } else if (model instanceof TrainedModel.Mlp m) {
            bytes = MlpModelFile.describe(m.model(), d);
        } else {
            KernelExpansion k = ((TrainedModel.Kernel) model).model().expansion();
            bytes = bytes(k.trainingInputs().data(), k.coefficients().data());
            d.put("type", KERNEL_TYPE);
            d.put("parametrisation", "f(z) = sum_j K(z, z_j) alpha_j, K the two-layer ReLU NTK");
            d.put("trainingInputs", k.trainingInputs().rows());
            d.put("inputDimension", k.trainingInputs().cols());
            d.put("outputDimension", k.coefficients().cols());
            d.put("layout", "Z (trainingInputs x inputDimension) then alpha (trainingInputs x"
                    + " outputDimension), row-major, big-endian float64");
        }
        AtomicFiles.write(directory.resolve(WEIGHTS), bytes);
        d.put("weights", WEIGHTS);
        String sha256 = Provenance.sha256(bytes);
        d.put("sha256", sha256);
        AtomicFiles.writeString(directory.resolve(DESCRIPTION),
                SpecReader.json().writerWithDefaultPrettyPrinter().writeValueAsString(d) + "\n");
        return sha256;
    }

    /** The arrays one after the other as big-endian doubles. */
    static byte[] bytes(double[]... arrays) {
        int count = 0;
        for (double[] a : arrays) {
            count += a.length;
        }
        ByteBuffer buf = ByteBuffer.allocate(8 * count).order(ByteOrder.BIG_ENDIAN);
        for (double[] a : arrays) {
            for (double v : a) {
                buf.putDouble(v);
            }
        }
        return buf.array();
    }

    /**
     * Reads the trained model of a run directory as the run's learned denoiser (g + f_W, g + f_K,
     * or the convex ladder), verifying the type, the shapes against the pipeline, and the checksum
     * of the numbers
     * against model.json and against {@code recordedSha256}, the one the run record holds (so
     * that replacing model.bin and model.json together is noticed).
     */
    public static Denoiser read(Path directory, String recordedSha256, Pipeline pipeline) {
        InputMap inputs = pipeline.inputs();
        Path json = directory.resolve(DESCRIPTION);
        Path bin = directory.resolve(WEIGHTS);
        try {
            JsonNode d = SpecReader.json().readTree(InputFiles.readText(json));
            String type = d.path("type").asText();
            if (ConvexModelFile.TYPE.equals(type)) {
                long count = ConvexModelFile.doubles(json, d, inputs.dataDimension());
                byte[] bytes = weights(bin, 8L * count);
                verify(directory, d, bytes, recordedSha256);
                return new ResidualDenoiser(pipeline.base(), ConvexModelFile.read(d,
                        ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN),
                        inputs.dataDimension(), pipeline.process()));
            }
            if (MlpModelFile.TYPE.equals(type)) {
                MlpShape shape = MlpModelFile.shape(json, d, pipeline);
                Precision precision = MlpModelFile.precision(json, d);
                byte[] bytes = weights(bin, 8L * shape.parameterCount());
                verify(directory, d, bytes, recordedSha256);
                return new ResidualDenoiser(pipeline.base(), pipeline.residual(new MlpDenoiser(
                        MlpModelFile.read(shape, precision,
                                ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN)), inputs)));
            }
            boolean kernel = KERNEL_TYPE.equals(type);
            if (!kernel && !EstimatorSpec.LEGACY_NETWORK.equals(type)) {
                throw new InvalidSpecException(json + " (type): expected "
                        + EstimatorSpec.LEGACY_NETWORK + ", " + KERNEL_TYPE + ", "
                        + MlpModelFile.TYPE + " or " + ConvexModelFile.TYPE);
            }
            int rows = positive(json, d, kernel ? "trainingInputs" : "width");
            int in = positive(json, d, "inputDimension");
            int out = positive(json, d, "outputDimension");
            if (in != inputs.width() || out != inputs.dataDimension()) {
                throw new InvalidSpecException(json + ": model shapes do not match "
                        + RunWriter.SPEC);
            }
            byte[] bytes = weights(bin, 8L * rows * (in + out));
            verify(directory, d, bytes, recordedSha256);
            ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
            Matrix first = Matrix.wrap(rows, in, doubles(buf, rows * in));
            Matrix second = Matrix.wrap(rows, out, doubles(buf, rows * out));
            return new ResidualDenoiser(pipeline.base(), pipeline.residual(kernel
                    ? new KernelExpansion(first, second, inputs)
                    : new NetworkDenoiser(TwoLayerRelu.of(first, second), inputs)));
        } catch (IOException e) {
            throw new InvalidSpecException(json + ": not valid JSON");
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(bin + ": " + e.getMessage(), e);
        }
    }

    private static void verify(Path directory, JsonNode d, byte[] bytes, String recordedSha256) {
        Path bin = directory.resolve(WEIGHTS);
        String sha256 = Provenance.sha256(bytes);
        if (!sha256.equals(d.path("sha256").asText())) {
            throw new InvalidSpecException(bin + ": checksum does not match "
                    + directory.resolve(DESCRIPTION) + " (the weights file was changed or"
                    + " truncated)");
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
    }

    static double[] doubles(ByteBuffer buf, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = buf.getDouble();
        }
        return out;
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

    static int positive(Path file, JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || !v.canConvertToInt() || v.asInt() <= 0) {
            throw new InvalidSpecException(file + " (" + field + "): expected a positive integer");
        }
        return v.asInt();
    }
}
