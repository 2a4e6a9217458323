package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/** The denoiser f(x, t) = f_W(z(x, t)) of a {@link TwoLayerRelu} and an {@link InputMap}. */
public record NetworkDenoiser(TwoLayerRelu network, InputMap inputs) implements Denoiser {
    public NetworkDenoiser {
        Checks.require(network != null && inputs != null, "network and input map must be given");
        Checks.sameSize("network input dimension vs input map width", inputs.width(),
                network.inputDimension());
        Checks.sameSize("network output dimension vs data dimension", inputs.dataDimension(),
                network.outputDimension());
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
