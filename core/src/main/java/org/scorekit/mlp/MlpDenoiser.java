package org.scorekit.mlp;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;

/** The denoiser f(x, t) = f_θ(z(x, t)) of a {@link ResidualMlp} and an {@link InputMap}. */
public record MlpDenoiser(ResidualMlp network, InputMap inputs) implements Denoiser {
    public MlpDenoiser {
        Checks.require(network != null && inputs != null, "network and input map must be given");
        Checks.sameSize("network input width vs input map width", inputs.width(),
                network.shape().inputWidth());
        Checks.sameSize("network outputs vs data dimension", inputs.dataDimension(),
                network.shape().outputs());
    }

    @Override
    public int dimension() {
        return inputs.dataDimension();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        return network.forward(inputs.inputs(x, t));
    }
}
