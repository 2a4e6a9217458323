package org.scorekit.experiment;

import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.KernelDenoiser;

/**
 * What a run trained on the residual of the base g ({@code estimator.type}): the network f_W at
 * the selected step with its initial weights, or the kernel predictor f_K at the selected step
 * with its start (f_K ≡ 0).
 */
sealed interface TrainedModel {
    /** The fitted residual as a denoiser of (x, t). */
    Denoiser residual();

    /** The residual model at step 0 (the untrained ceiling, without the base). */
    Denoiser untrained();

    /** The fitted residual at inputs z (n × D) already mapped. */
    Matrix fitted(Matrix z);

    /** The step-0 residual model at inputs z (n × D) already mapped. */
    Matrix start(Matrix z);

    /** The network and its initial weights, with the input map z = (x, c(t)). */
    record Network(TwoLayerRelu model, TwoLayerRelu initial, InputMap inputs)
            implements TrainedModel {
        @Override
        public Denoiser residual() {
            return new NetworkDenoiser(model, inputs);
        }

        @Override
        public Denoiser untrained() {
            return new NetworkDenoiser(initial, inputs);
        }

        @Override
        public Matrix fitted(Matrix z) {
            return model.forward(z);
        }

        @Override
        public Matrix start(Matrix z) {
            return initial.forward(z);
        }
    }

    /** The kernel predictor at the selected step and at step 0. */
    record Kernel(KernelDenoiser model, KernelDenoiser initial) implements TrainedModel {
        @Override
        public Denoiser residual() {
            return model;
        }

        @Override
        public Denoiser untrained() {
            return initial;
        }

        @Override
        public Matrix fitted(Matrix z) {
            return model.regression().predict(z, model.filter());
        }

        @Override
        public Matrix start(Matrix z) {
            return initial.regression().predict(z, initial.filter());
        }
    }
}
