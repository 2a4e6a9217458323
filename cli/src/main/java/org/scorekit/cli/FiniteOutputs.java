package org.scorekit.cli;

import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.linalg.Matrix;

/**
 * Refuses to write non-finite results: a row holding NaN or ±∞ (a point far outside the data's
 * range, a sampler that overflowed) fails the command with the count of such rows and the first
 * one, instead of a CSV with empty cells and exit code 0.
 */
final class FiniteOutputs {
    private FiniteOutputs() {
    }

    /** Fails unless every entry of {@code values} is finite; {@code what} and {@code hint} word the error. */
    static void require(Matrix values, String what, String hint) {
        int bad = 0;
        int first = -1;
        for (int i = 0; i < values.rows(); i++) {
            for (double v : values.row(i)) {
                if (!Double.isFinite(v)) {
                    bad++;
                    first = first < 0 ? i : first;
                    break;
                }
            }
        }
        if (bad > 0) {
            throw new InvalidSpecException(bad + " of " + values.rows() + " rows of " + what
                    + " are not finite (the first is row " + (first + 1) + "); " + hint
                    + "; nothing written");
        }
    }
}
