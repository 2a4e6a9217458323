package org.scorekit.convex;

import org.scorekit.linalg.Matrix;

/**
 * The certified optimum of a {@link GatedDenoisingProgram}.
 *
 * @param program     the solved program
 * @param weights     P × (d + 1)d block weights, row i is W_i row-major
 * @param network     the recovered gated network (§6.2 recovery), whose objective equals the
 *                    program's
 * @param dual        Λ, N × d, dual feasible (‖X̃ᵀ D̃_i Λ‖₂ ≤ β for every i): the certificate's
 *                    dual objective is ⟨Λ, T⟩ − ½‖Λ‖_F²
 * @param certificate objective, gap and dual feasibility
 */
public record GatedDenoisingSolution(GatedDenoisingProgram program, Matrix weights,
                                     GatedNetwork network, Matrix dual, Certificate certificate) {
    /** The program's objective at the returned weights (the certificate's primal objective). */
    public double objective() {
        return certificate.primal();
    }
}
