package org.scorekit.nonconvex;

import org.scorekit.checks.Checks;
import org.scorekit.train.AdamMoments;

/**
 * Full-batch Adam with Kingma and Ba's β1 = 0.9, β2 = 0.999, ε = 10⁻⁸ ({@link AdamMoments}), the
 * optimiser of the §9 protocol.
 *
 * @param learningRate lr &gt; 0, the largest change of a parameter per step (about)
 */
public record AdamRule(double learningRate) implements Optimizer {
    public AdamRule {
        Checks.positive("learningRate", learningRate);
        Checks.finite("learningRate", learningRate);
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public Update start(int parameters) {
        return AdamMoments.of(learningRate, parameters)::stepInPlace;
    }
}
