package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;

/**
 * The kernel-regression denoiser f(x, t) = f_K(z(x, t)) = f_0(z) + κ(z, Z) α
 * (spec/score-estimation.md §7), with the dual coefficients α (N × d) of one
 * {@link SpectralFilter} computed once at construction.
 */
public final class KernelDenoiser implements Denoiser {
    private final KernelRegression regression;
    private final SpectralFilter filter;
    private final InputMap inputs;
    private final Matrix coefficients;

    private KernelDenoiser(KernelRegression regression, SpectralFilter filter, InputMap inputs) {
        this.regression = regression;
        this.filter = filter;
        this.inputs = inputs;
        this.coefficients = regression.coefficients(filter);
    }

    /** The denoiser of a fitted regression, a filter and the input map z = (x, c(t)). */
    public static KernelDenoiser of(KernelRegression regression, SpectralFilter filter,
                                    InputMap inputs) {
        Checks.require(regression != null && filter != null && inputs != null,
                "regression, filter and input map must be given");
        Checks.sameSize("input map width vs kernel input dimension",
                regression.inputs().cols(), inputs.width());
        Checks.sameSize("data dimension vs regression output dimension",
                regression.outputDimension(), inputs.dataDimension());
        return new KernelDenoiser(regression, filter, inputs);
    }

    /** The fitted regression. */
    public KernelRegression regression() {
        return regression;
    }

    /** The dynamics that selects the predictor. */
    public SpectralFilter filter() {
        return filter;
    }

    /**
     * The predictor as a saved model: training inputs and dual coefficients, for a regression
     * started from zero (a start f_0 = f_{W(0)} would need the initial network as well).
     */
    public KernelExpansion expansion() {
        Checks.require(!regression.startsFromNetwork(),
                "a kernel predictor started from a network has no expansion alone");
        return new KernelExpansion(regression.inputs(), coefficients, inputs);
    }

    @Override
    public int dimension() {
        return inputs.dataDimension();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        return regression.evaluate(inputs.inputs(x, t), coefficients);
    }
}
