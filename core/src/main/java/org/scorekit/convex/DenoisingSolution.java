package org.scorekit.convex;

/**
 * A solution of a {@link DenoisingProgram} (spec/convex-score.md §7): the coefficients of the
 * kink columns over the sorted noisy inputs, the output bias c, the skip weight v (0 without
 * skip), the dual point and the certificate.
 *
 * <p>Column order as in {@link UnivariateSolution}, with the sorted noisy inputs as kinks. The
 * certificate is that of the equivalent form ½‖M u‖² − (Mᵀt)ᵀu + β‖z‖₁, which is the DSM
 * objective minus the constant ½‖t‖²; {@link #objective()} adds it back.
 *
 * @param program      the solved program
 * @param kinks        the sorted noisy inputs x̃_(0) &lt; … &lt; x̃_(N−1)
 * @param coefficients the column coefficients z
 * @param bias         the output bias c
 * @param skip         the skip weight v
 * @param dual         the dual point λ in the order of {@link DenoisingProgram#inputs()}: the
 *                     predicted scores s(x̃) at the optimum (t − λ is the Lasso's residual)
 * @param certificate  objective, gap and dual feasibility of the equivalent form
 */
public record DenoisingSolution(DenoisingProgram program, double[] kinks, double[] coefficients,
                                double bias, double skip, double[] dual,
                                Certificate certificate) {
    public DenoisingSolution {
        kinks = kinks.clone();
        coefficients = coefficients.clone();
        dual = dual.clone();
    }

    @Override
    public double[] kinks() {
        return kinks.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public double[] dual() {
        return dual.clone();
    }

    /** The DSM optimum Σ ½ (s*(x̃_ik) − t_ik)² + β‖z‖₁: the certificate's primal plus ½‖t‖². */
    public double objective() {
        double constant = 0;
        for (double t : program.targets()) {
            constant += 0.5 * t * t;
        }
        return certificate.primal() + constant;
    }

    /** The duality gap relative to the DSM optimum, gap / max(1, objective). */
    public double relativeGap() {
        return certificate.gap() / Math.max(1.0, objective());
    }

    /** The number of non-zero coefficients, the smallest width that attains the optimum. */
    public int nonZeros() {
        return expansion().nonZeros();
    }

    /** s*(x) = Σ_j z_j φ_j(x) + c + v x, the denoising score at this noise level. */
    public double value(double x) {
        return expansion().value(x);
    }

    /** The learned score as a closed-form {@link PiecewiseLinearScore}. */
    public PiecewiseLinearScore score() {
        return expansion().score();
    }

    KinkExpansion expansion() {
        return new KinkExpansion(program.activation(), kinks, coefficients, bias, skip);
    }
}
