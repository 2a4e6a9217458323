package org.scorekit.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.scorekit.model.Denoiser;
import org.scorekit.model.ParametricScore;

/**
 * A finished run directory loaded back: its resolved spec rebuilt into a {@link Pipeline} and
 * the trained model (a network, or a kernel predictor), for sampling and scoring outside the run.
 */
public record SavedRun(Path directory, Pipeline pipeline, Denoiser learned) {
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
        Denoiser learned = ModelFiles.read(directory,
                record.path(RunIntegrity.MODEL_SHA256).asText(), pipeline);
        return new SavedRun(directory, pipeline, learned);
    }

    /** The learned denoiser: g + f_W, g + f_K, or the convex ladder's. */
    public Denoiser denoiser() {
        return learned;
    }

    /** The learned score s = (α/h) f − x/h. */
    public ParametricScore score() {
        return new ParametricScore(denoiser(), pipeline.process());
    }
}
