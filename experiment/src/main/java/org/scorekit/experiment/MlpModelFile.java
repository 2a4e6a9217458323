package org.scorekit.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.scorekit.mlp.MlpShape;
import org.scorekit.mlp.ResidualMlp;
import org.scorekit.model.InputMap;
import org.scorekit.train.Precision;

/**
 * The residual MLP in model.json and model.bin ({@link ModelFiles}): the shape and the precision
 * in the description, θ in the weights file in the layout of {@link MlpShape}. The time column and
 * the time encoding at T0 and T are the run's (spec.json), so they are recorded for the reader's
 * information only and taken from the run when the model is read.
 */
final class MlpModelFile {
    /** The {@code type} of a residual MLP's model.json. */
    static final String TYPE = "residual-mlp";

    private MlpModelFile() {
    }

    /** Fills the description of {@code mlp} into {@code d}; returns the numbers. */
    static byte[] describe(ResidualMlp mlp, ObjectNode d) {
        MlpShape shape = mlp.shape();
        d.put("type", TYPE);
        d.put("parametrisation", "H0 = z W_in + b_in + SiLU(s W_t1 + b_t1) W_t2 + b_t2, s the"
                + " sinusoidal features of the time position; H_l = H_(l-1) + SiLU(H_(l-1) W_l1 +"
                + " b_l1) W_l2 + b_l2; f(z) = SiLU(H_B) W_out + b_out");
        d.put("width", shape.width());
        d.put("blocks", shape.blocks());
        d.put("inputDimension", shape.inputWidth());
        d.put("outputDimension", shape.outputs());
        d.put("timeFeatures", MlpShape.TIME_FEATURES);
        d.put("timeColumn", shape.timeColumn());
        d.put("timeLow", shape.timeLow());
        d.put("timeHigh", shape.timeHigh());
        d.put("precision", mlp.precision().label());
        d.put("parameters", shape.parameterCount());
        d.put("layout", "theta: W_t1 (timeFeatures x width), b_t1, W_t2 (width x width), b_t2,"
                + " W_in (inputDimension x width), b_in, per block W_l1, b_l1, W_l2, b_l2"
                + " (width x width, width), W_out (width x outputDimension), b_out; row-major,"
                + " big-endian float64");
        return ModelFiles.bytes(mlp.parameters());
    }

    /** The shape the description announces, checked against the run's input map. */
    static MlpShape shape(Path json, JsonNode d, Pipeline pipeline) {
        InputMap inputs = pipeline.inputs();
        int width = ModelFiles.positive(json, d, "width");
        JsonNode blocks = d.get("blocks");
        if (blocks == null || !blocks.canConvertToInt() || blocks.asInt() < 0) {
            throw new InvalidSpecException(json + " (blocks): expected an integer of 0 or more");
        }
        if (ModelFiles.positive(json, d, "inputDimension") != inputs.width()
                || ModelFiles.positive(json, d, "outputDimension") != inputs.dataDimension()
                || ModelFiles.positive(json, d, "timeFeatures") != MlpShape.TIME_FEATURES) {
            throw new InvalidSpecException(json + ": model shapes do not match " + RunWriter.SPEC);
        }
        ProblemSpec p = pipeline.spec().problem();
        MlpShape shape;
        try {
            shape = new MlpShape(inputs.width(), inputs.dataDimension(), width, blocks.asInt(),
                    inputs.dataDimension(), inputs.encoding().encode(p.timeMin()),
                    inputs.encoding().encode(p.timeMax()));
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(json + ": " + e.getMessage(), e);
        }
        if (ModelFiles.positive(json, d, "parameters") != shape.parameterCount()) {
            throw new InvalidSpecException(json + " (parameters): expected "
                    + shape.parameterCount() + " for this shape");
        }
        return shape;
    }

    /** The precision the description names. */
    static Precision precision(Path json, JsonNode d) {
        try {
            return Precision.of(d.path("precision").asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(json + " (precision): expected float64 or float32");
        }
    }

    /** The network from verified numbers. */
    static ResidualMlp read(MlpShape shape, Precision precision, ByteBuffer numbers) {
        return ResidualMlp.of(shape, ModelFiles.doubles(numbers, shape.parameterCount()),
                precision);
    }
}
