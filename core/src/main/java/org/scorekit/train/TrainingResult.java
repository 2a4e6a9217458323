package org.scorekit.train;

/**
 * The outcome of training.
 *
 * @param model            the weights at {@link StopReason#selectedStep()}
 * @param initial          the model at step 0 (the untrained ceiling)
 * @param history          every recorded step
 * @param stopReason       why and where training stopped
 * @param stepSize         the absolute step η
 * @param stepSizeRelative η_rel = η · λ_max(K^∞)
 * @param lambdaMax        λ_max(K^∞) on the training inputs
 */
public record TrainingResult<M>(M model, M initial, TrainingHistory history, StopReason stopReason,
                                double stepSize, double stepSizeRelative, double lambdaMax) {
}
