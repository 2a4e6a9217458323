package org.scorekit.convex;

import org.scorekit.linalg.Matrix;

/**
 * A solution of a {@link MultivariateProgram}: the block weights W_i ((d + 1) × d, row i of
 * {@code weights} is W_i row-major; for the block-wise program W_i = [v_ic − w_ic]_c), the
 * recovered two-layer network, the certified dual point and the certificate.
 *
 * @param program     the solved program
 * @param weights     P × (d + 1)d block weights
 * @param network     the recovered network, whose objective equals the program's (§6.2, §6.4)
 * @param dual        Λ, n × d, dual feasible: the certificate's dual objective is −½‖Λ‖_F²
 * @param threshold   the bounds on β_min known when the program was solved
 * @param certificate objective, gap and dual feasibility
 */
public record MultivariateSolution(MultivariateProgram program, Matrix weights,
                                   GatedNetwork network, Matrix dual, Threshold threshold,
                                   Certificate certificate) {
    /** The program's objective at the returned weights (the certificate's primal objective). */
    public double objective() {
        return certificate.primal();
    }
}
