package org.scorekit.mlp;

import org.scorekit.checks.Checks;
import org.scorekit.train.Precision;

/**
 * How a {@link ResidualMlp} is trained (docs/estimators.md gives the defaults and their reasons).
 *
 * @param steps            Adam steps at most
 * @param batchSize        fresh (x_0, t, ξ) triples per step
 * @param learningRate     Adam's initial learning rate; it decays linearly to 0 at {@code steps}
 *                         (TabDDPM's schedule)
 * @param emaDecay         the decay of the weights' exponential moving average, in [0, 1); the
 *                         average, not the raw iterate, is evaluated and returned
 * @param evaluateEvery    held-out evaluations every k steps (and at the last step)
 * @param divergenceFactor a batch loss above this factor times the first one is divergence
 * @param precision        the products' precision
 */
public record MlpSettings(int steps, int batchSize, double learningRate, double emaDecay,
                          int evaluateEvery, double divergenceFactor, Precision precision) {
    public MlpSettings {
        Checks.nonNegative("steps", steps);
        Checks.positive("batchSize", batchSize);
        Checks.positive("learningRate", learningRate);
        Checks.require(Double.isFinite(learningRate), "learningRate must be finite: "
                + learningRate);
        Checks.require(emaDecay >= 0 && emaDecay < 1, "emaDecay must be in [0, 1): " + emaDecay);
        Checks.positive("evaluateEvery", evaluateEvery);
        Checks.require(divergenceFactor > 1 && Double.isFinite(divergenceFactor),
                "divergenceFactor must be finite and > 1: " + divergenceFactor);
        Checks.require(precision != null, "precision must be given");
    }
}
