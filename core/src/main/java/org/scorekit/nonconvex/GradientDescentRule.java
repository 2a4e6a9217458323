package org.scorekit.nonconvex;

import org.scorekit.checks.Checks;

/**
 * Full-batch gradient descent θ ← θ − lr ∇L(θ) on the sum-form objective.
 *
 * @param learningRate lr &gt; 0
 */
public record GradientDescentRule(double learningRate) implements Optimizer {
    public GradientDescentRule {
        Checks.positive("learningRate", learningRate);
        Checks.finite("learningRate", learningRate);
    }

    @Override
    public String name() {
        return "gd";
    }

    @Override
    public Update start(int parameters) {
        return (k, theta, gradient) -> {
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= learningRate * gradient[i];
            }
        };
    }
}
