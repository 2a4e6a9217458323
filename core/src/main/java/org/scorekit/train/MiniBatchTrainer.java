package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

/**
 * What {@link Sgd} and {@link Adam} share: the initialisation from the rng, batches from its
 * fork "batches" ({@link MiniBatches}), a copy of the initial network trained by
 * {@link TrainingLoop} with b per-sample gradients a step, and the result record. An optimiser
 * supplies only its update rule.
 */
interface MiniBatchTrainer extends Trainer<TwoLayerRelu> {
    TrainingSettings settings();

    int batchSize();

    boolean shuffle();

    /**
     * The update of one run, given the steps per epoch and the number of trained parameters;
     * {@code step} is what the result records.
     */
    Rule rule(int stepsPerEpoch, int parameters);

    /** An update with the step size it reports. */
    record Rule(TrainingLoop.Update update, ResolvedStep step) {
    }

    /** Initialisation from rng, batches from {@code rng.fork("batches")}. */
    @Override
    default TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, Rng rng,
                                               TrainingListener listener) {
        return train(problem, TrainingLoop.initialNetwork(settings(), problem, rng),
                rng.fork("batches"), listener);
    }

    /** Trains a copy of the given initial network, drawing batches from {@code batches}. */
    default TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, TwoLayerRelu initial,
                                               Rng batches, TrainingListener listener) {
        int width = settings().width();
        Checks.sameSize("initial network width", width, initial.width());
        MiniBatches source = new MiniBatches(problem, batchSize(), shuffle(), width, batches);
        TwoLayerRelu network = initial.copy();
        Rule rule = rule(source.stepsPerEpoch(), network.firstLayerData().length);
        TrainingLoop.Outcome outcome = new TrainingLoop(settings(), batchSize()).run(network,
                (double) problem.size() * problem.dataDimension(), source, rule.update(), listener);
        return new TrainingResult<>(network, initial.copy(), outcome.history(), outcome.reason(),
                rule.step().eta(), rule.step().relative(), rule.step().lambdaMax());
    }
}
