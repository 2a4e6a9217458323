package org.scorekit.convex;

/**
 * A solution of a {@link UnivariateProgram} (spec/convex-score.md §2.3): the coefficients of the
 * dictionary columns over the sorted data, the output bias c, the skip weight v (0 without skip),
 * the dual point and the certificate.
 *
 * <p>Column order: for ReLU, column k &lt; n is A⁺ (x − x_(k))_+ and column n + k is A⁻
 * (x_(k) − x)_+; for the absolute value, column k is |x − x_(k)|; x_(k) = kinks[k].
 *
 * @param program      the solved program
 * @param kinks        the sorted data x_(0) &lt; … &lt; x_(n−1)
 * @param coefficients the column coefficients z
 * @param bias         the output bias c
 * @param skip         the skip weight v
 * @param dual         the dual point λ in the program's data order: the predicted scores at the data
 * @param certificate  objective, gap and dual feasibility
 */
public record UnivariateSolution(UnivariateProgram program, double[] kinks, double[] coefficients,
                                 double bias, double skip, double[] dual,
                                 Certificate certificate) {
    public UnivariateSolution {
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

    /** The convex optimum (the certificate's primal objective). */
    public double objective() {
        return certificate.primal();
    }

    /** The number of non-zero coefficients, the smallest width that attains the optimum (§2.5). */
    public int nonZeros() {
        return expansion().nonZeros();
    }

    /** s*(x) = Σ_j z_j φ_j(x) + c + v x (spec §4). */
    public double value(double x) {
        return expansion().value(x);
    }

    /** The closed-form piecewise-linear score s* of spec §4, with a knot at every active kink. */
    public PiecewiseLinearScore score() {
        return expansion().score();
    }

    KinkExpansion expansion() {
        return new KinkExpansion(program.activation(), kinks, coefficients, bias, skip);
    }
}
