package org.scorekit.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.ParametricScore;
import org.scorekit.model.TwoLayerRelu;

/**
 * A finished run directory loaded back: its resolved spec rebuilt into a {@link Pipeline} and
 * the trained network, for sampling and scoring outside the run.
 */
public record SavedRun(Path directory, Pipeline pipeline, TwoLayerRelu network) {
    /** Loads a complete run directory; an incomplete or foreign directory is an input error. */
    public static SavedRun load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidSpecException(directory + ": not a directory");
        }
        if (!Files.exists(directory.resolve(RunWriter.COMPLETE))) {
            throw new InvalidSpecException(directory + ": not a complete run directory (no "
                    + RunWriter.COMPLETE + " marker)");
        }
        ExperimentSpec spec = SpecReader.read(directory.resolve(RunWriter.SPEC));
        Pipeline pipeline = Pipeline.from(spec, directory);
        TwoLayerRelu network = ModelFiles.read(directory);
        if (network.inputDimension() != pipeline.inputs().width()
                || network.outputDimension() != pipeline.data().dimension()) {
            throw new InvalidSpecException(directory.resolve(ModelFiles.DESCRIPTION)
                    + ": model shapes do not match " + RunWriter.SPEC);
        }
        return new SavedRun(directory, pipeline, network);
    }

    /** The learned denoiser f(x, t). */
    public NetworkDenoiser denoiser() {
        return new NetworkDenoiser(network, pipeline.inputs());
    }

    /** The learned score s = (α/h) f − x/h. */
    public ParametricScore score() {
        return new ParametricScore(denoiser(), pipeline.process());
    }
}
