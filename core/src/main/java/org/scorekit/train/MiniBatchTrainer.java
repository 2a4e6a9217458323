package org.scorekit.train;

import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;

/**
 * What {@link Sgd} and {@link Adam} share: the initialisation from the rng, batches from its
 * fork "batches" ({@link MiniBatches}), a copy of the initial network trained by
 * {@link TrainingLoop} with b per-sample gradients a step, and the result record. An optimiser
 * supplies only its update rule.
 */
interface MiniBatchTrainer extends Trainer<TwoLayerRelu> {
    int width();

    boolean antisymmetric();

    int batchSize();

    boolean shuffle();

    int maxSteps();

    int evaluateEvery();

    List<Evaluation> evaluations();

    List<StoppingRule> earlyStopping();

    double divergenceFactor();

    /**
     * The update of one run, given λ_max(K^∞), the steps per epoch and the number of trained
     * parameters; {@code eta} and {@code etaRelative} are what the result records.
     */
    Rule rule(double lambdaMax, int stepsPerEpoch, int parameters);

    /** An update with the step size it reports (NaN where none applies). */
    record Rule(TrainingLoop.Update update, double eta, double etaRelative) {
    }

    /** Initialisation from rng, batches from {@code rng.fork("batches")}. */
    @Override
    default TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, Rng rng,
                                               TrainingListener listener) {
        return train(problem, TrainingLoop.initialNetwork(width(), antisymmetric(), problem, rng),
                rng.fork("batches"), listener);
    }

    /** Trains a copy of the given initial network, drawing batches from {@code batches}. */
    default TrainingResult<TwoLayerRelu> train(ScoreMatchingProblem problem, TwoLayerRelu initial,
                                               Rng batches, TrainingListener listener) {
        Checks.sameSize("initial network width", width(), initial.width());
        double lambdaMax = ReluNtk.lambdaMax(problem.z());
        MiniBatches source = new MiniBatches(problem, batchSize(), shuffle(), width(), batches);
        TwoLayerRelu network = initial.copy();
        Rule rule = rule(lambdaMax, source.stepsPerEpoch(), network.firstLayerData().length);
        TrainingLoop loop = new TrainingLoop(maxSteps(), evaluateEvery(), evaluations(),
                earlyStopping(), divergenceFactor(), batchSize());
        TrainingLoop.Outcome outcome = loop.run(network,
                (double) problem.size() * problem.dataDimension(), source, rule.update(), listener);
        return new TrainingResult<>(network, initial.copy(), outcome.history(), outcome.reason(),
                rule.eta(), rule.etaRelative(), lambdaMax);
    }
}
