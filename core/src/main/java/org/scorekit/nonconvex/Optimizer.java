package org.scorekit.nonconvex;

/**
 * A first-order update rule of the non-convex baseline (spec/convex-score.md §9), named by a
 * stable label ({@code gd}, {@code adam}) and its learning rate.
 */
public interface Optimizer {
    /** The stable name. */
    String name();

    /** The learning rate, in parameter units per unit of gradient (GD) or per step (Adam). */
    double learningRate();

    /** A fresh update, with its own state, for a parameter vector of the given length. */
    Update start(int parameters);

    /** θ ← update(θ, ∇L(θ)) at the 1-based step k. */
    interface Update {
        void applyInPlace(int k, double[] theta, double[] gradient);
    }
}
