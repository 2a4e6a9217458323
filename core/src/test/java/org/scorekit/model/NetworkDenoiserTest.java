package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class NetworkDenoiserTest {

    @Test
    void denoiseIsTheNetworkOnTheMappedInputs() {
        InputMap map = new InputMap(2, new LinearTimeEncoding(2.0, 0.1), 1.0);
        TwoLayerRelu net = TwoLayerRelu.initialize(12, map.width(), 2, false, Rng.of(3));
        NetworkDenoiser denoiser = new NetworkDenoiser(net, map);
        Matrix x = Rng.of(4).gaussian(5, 2);
        double[] t = {0.1, 0.2, 0.3, 0.4, 0.5};
        assertEquals(2, denoiser.dimension());
        assertArrayEquals(net.forward(map.inputs(x, t)).data(), denoiser.denoise(x, t).data());
    }

    @Test
    void mismatchedShapesAreRejected() {
        InputMap map = InputMap.of(2, LinearTimeEncoding.identity());
        assertThrows(IllegalArgumentException.class, () -> new NetworkDenoiser(
                TwoLayerRelu.initialize(4, 4, 2, false, Rng.of(1)), map));
        assertThrows(IllegalArgumentException.class, () -> new NetworkDenoiser(
                TwoLayerRelu.initialize(4, 3, 1, false, Rng.of(1)), map));
        assertThrows(IllegalArgumentException.class, () -> new NetworkDenoiser(null, map));
    }
}
