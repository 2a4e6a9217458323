package org.scorekit.convex;

import java.util.Optional;
import org.scorekit.checks.Checks;

/**
 * The outcome of a multivariate program (spec/convex-score.md §6): a certified optimum, the
 * statement that the program is unbounded below (β &lt; β_min, §6.5), or, when β falls between
 * the certified bounds on β_min, that neither was established. Unboundedness is a result, never a
 * number.
 */
public sealed interface MultivariateResult {
    /** The solution, or empty when the program is unbounded or undecided. */
    Optional<MultivariateSolution> optimum();

    /** The bounds on β_min known for this program. */
    Threshold threshold();

    /** A solved program with its certificate. */
    record Optimum(MultivariateSolution solution) implements MultivariateResult {
        public Optimum {
            Checks.require(solution != null, "solution must be given");
        }

        @Override
        public Optional<MultivariateSolution> optimum() {
            return Optional.of(solution);
        }

        @Override
        public Threshold threshold() {
            return solution.threshold();
        }
    }

    /**
     * The objective tends to −∞: β &lt; threshold.lower() ≤ β_min, certified by a recession
     * direction ({@link Threshold}).
     */
    record Unbounded(double beta, Threshold threshold) implements MultivariateResult {
        @Override
        public Optional<MultivariateSolution> optimum() {
            return Optional.empty();
        }
    }

    /**
     * threshold.lower() ≤ β &lt; threshold.upper(): no dual-feasible point (which would prove
     * boundedness) and no recession direction (which would prove the opposite) was found.
     */
    record Undecided(double beta, Threshold threshold) implements MultivariateResult {
        @Override
        public Optional<MultivariateSolution> optimum() {
            return Optional.empty();
        }
    }
}
