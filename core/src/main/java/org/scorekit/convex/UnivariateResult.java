package org.scorekit.convex;

import java.util.Optional;
import org.scorekit.checks.Checks;

/**
 * The outcome of a univariate program: a certified optimum, or the statement that the program is
 * unbounded below (spec/convex-score.md §3). Unboundedness is a result, never a number.
 */
public sealed interface UnivariateResult {
    /** The solution, or empty when the program is unbounded below. */
    Optional<UnivariateSolution> optimum();

    /** A solved program with its certificate. */
    record Optimum(UnivariateSolution solution) implements UnivariateResult {
        public Optimum {
            Checks.require(solution != null, "solution must be given");
        }

        @Override
        public Optional<UnivariateSolution> optimum() {
            return Optional.of(solution);
        }
    }

    /**
     * The objective tends to −∞: β is below the threshold of §3 at which the cheapest recession
     * direction of the dictionary stops lowering the objective.
     *
     * @param beta      the program's β
     * @param threshold the smallest bounded β for this activation and skip setting
     */
    record Unbounded(double beta, double threshold) implements UnivariateResult {
        @Override
        public Optional<UnivariateSolution> optimum() {
            return Optional.empty();
        }
    }
}
