package org.scorekit.experiment;

import org.scorekit.convex.LadderDenoiser;
import org.scorekit.linalg.Matrix;
import org.scorekit.mlp.MlpDenoiser;
import org.scorekit.mlp.ResidualMlp;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.ResidualDenoiser;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.model.ZeroDenoiser;
import org.scorekit.ntk.KernelDenoiser;

/**
 * What a run trained ({@code estimator.type}): the network f_W, the kernel predictor f_K or the
 * residual MLP on the residual of the base g, at the selected step with its start; or the convex
 * ladder, which estimates the whole score.
 */
sealed interface TrainedModel {
    /** The learned denoiser of (x, t), given the run's base g and regression target. */
    Denoiser learned(Pipeline pipeline);

    /** The model at its start, without the base: the untrained ceiling. */
    Denoiser untrained(Pipeline pipeline);

    /** A model fitted to the residual of g by (kernel) GD, evaluated at mapped inputs z. */
    sealed interface Residual extends TrainedModel {
        /** The fitted model as a denoiser of (x, t), in the units of its labels. */
        Denoiser residual();

        /** The model at step 0, in the units of its labels. */
        Denoiser atStart();

        /** The fitted residual at inputs z (n × D) already mapped. */
        Matrix fitted(Matrix z);

        /** The step-0 residual model at inputs z (n × D) already mapped. */
        Matrix start(Matrix z);

        @Override
        default Denoiser learned(Pipeline pipeline) {
            return new ResidualDenoiser(pipeline.base(), pipeline.residual(residual()));
        }

        @Override
        default Denoiser untrained(Pipeline pipeline) {
            return pipeline.residual(atStart());
        }
    }

    /** The network and its initial weights, with the input map z = (x, c(t)). */
    record Network(TwoLayerRelu model, TwoLayerRelu initial, InputMap inputs) implements Residual {
        @Override
        public Denoiser residual() {
            return new NetworkDenoiser(model, inputs);
        }

        @Override
        public Denoiser atStart() {
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

    /**
     * The residual MLP at its selected step, with the input map. Its start is f ≡ 0 exactly (the
     * output layer starts at zero), so the start is not evaluated: the untrained ceiling's
     * samples would otherwise cost as much as the learned model's.
     */
    record Mlp(ResidualMlp model, InputMap inputs) implements Residual {
        @Override
        public Denoiser residual() {
            return new MlpDenoiser(model, inputs);
        }

        @Override
        public Denoiser atStart() {
            return new ZeroDenoiser(inputs.dataDimension());
        }

        @Override
        public Matrix fitted(Matrix z) {
            return model.forward(z);
        }

        @Override
        public Matrix start(Matrix z) {
            return Matrix.zeros(z.rows(), inputs.dataDimension());
        }
    }

    /** The kernel predictor at the selected step and at step 0. */
    record Kernel(KernelDenoiser model, KernelDenoiser initial) implements Residual {
        @Override
        public Denoiser residual() {
            return model;
        }

        @Override
        public Denoiser atStart() {
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

    /**
     * The ladder of certified per-level optima, fitted to the residual of the base's score. Its
     * untrained ceiling is the network's, f ≡ 0, so that the ceilings of all estimators on one
     * spec are the same numbers.
     */
    record Convex(LadderDenoiser ladder) implements TrainedModel {
        @Override
        public Denoiser learned(Pipeline pipeline) {
            return new ResidualDenoiser(pipeline.base(), ladder);
        }

        @Override
        public Denoiser untrained(Pipeline pipeline) {
            return new ZeroDenoiser(ladder.dimension());
        }
    }
}
