package org.scorekit.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.ParametricScore;
import org.scorekit.model.ResidualDenoiser;
import org.scorekit.model.TwoLayerRelu;

/**
 * A finished run directory loaded back: its resolved spec rebuilt into a {@link Pipeline} and
 * the trained network, for sampling and scoring outside the run.
 */
public record SavedRun(Path directory, Pipeline pipeline, TwoLayerRelu network) {
    /**
     * Loads a complete run directory ({@link RunIntegrity}); an incomplete, edited or foreign
     * directory is an input error.
     */
    public static SavedRun load(Path directory) {
        JsonNode record = RunIntegrity.verify(directory);
        ExperimentSpec spec = SpecReader.read(directory.resolve(RunWriter.SPEC));
        // A table model decodes with its saved encoder and never rereads its table.
        Pipeline pipeline = spec.data() instanceof DataSpec.Table
                ? Pipeline.restore(spec, directory, EncoderFiles.read(directory,
                        record.path(EncoderFiles.ENCODER_SHA256).asText()))
                : Pipeline.from(spec, directory);
        TwoLayerRelu network = ModelFiles.read(directory,
                record.path(RunIntegrity.MODEL_SHA256).asText());
        if (network.inputDimension() != pipeline.inputs().width()
                || network.outputDimension() != pipeline.data().dimension()) {
            throw new InvalidSpecException(directory.resolve(ModelFiles.DESCRIPTION)
                    + ": model shapes do not match " + RunWriter.SPEC);
        }
        return new SavedRun(directory, pipeline, network);
    }

    /** The learned denoiser f(x, t) = g(x, t) + f_W(z). */
    public ResidualDenoiser denoiser() {
        return new ResidualDenoiser(pipeline.base(), new NetworkDenoiser(network, pipeline.inputs()));
    }

    /** The learned score s = (α/h) f − x/h. */
    public ParametricScore score() {
        return new ParametricScore(denoiser(), pipeline.process());
    }
}
