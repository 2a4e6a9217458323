package org.scorekit.convex;

import org.scorekit.checks.Checks;

/**
 * Exact solver of the univariate DSM Lasso of spec/convex-score.md §7: the active-set iteration
 * of {@link ActiveSetLasso} on the regression dictionary, whose linear term is q = −Mᵀt and whose
 * kinks cost β on both sides. The program is bounded for every β &gt; 0 (it is a non-negative
 * least-squares objective plus a norm), so the result is always an optimum with its certificate.
 * Products cost O(N) in the N = nK noisy points and so does each restricted solve.
 */
public final class DenoisingLasso {
    private DenoisingLasso() {
    }

    /** Solves with {@link ActiveSetLasso.Options#DEFAULT}. */
    public static DenoisingSolution solve(DenoisingProgram program) {
        return solve(program, ActiveSetLasso.Options.DEFAULT);
    }

    /**
     * The certified optimum of the program; at the iteration cap the current point with its
     * (then larger) gap and {@code converged = false}.
     */
    public static DenoisingSolution solve(DenoisingProgram program, ActiveSetLasso.Options options) {
        Checks.require(program != null, "program must be given");
        Checks.require(options != null, "options must be given");
        double[] x = program.inputs();
        int[] order = ActiveSetLasso.sortedOrder(x);
        double[] sorted = ActiveSetLasso.permuted(x, order);
        KinkDictionary dictionary = KinkDictionary.regression(sorted, program.activation(),
                program.beta(), ActiveSetLasso.permuted(program.targets(), order));
        KinkFit fit = ActiveSetLasso.minimise(dictionary, program.skip(), options);
        return new DenoisingSolution(program, sorted, fit.coefficients(), fit.bias(), fit.skip(),
                ActiveSetLasso.unpermuted(fit.dual(), order), fit.certificate());
    }
}
