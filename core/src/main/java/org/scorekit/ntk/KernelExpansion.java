package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;

/**
 * A kernel predictor started from zero, as it is saved and read back: f(x, t) = κ(z, Z) α with
 * z = z(x, t), the training inputs Z (N × D) and the dual coefficients α (N × d) of one filter
 * (spec/score-estimation.md §7). No spectrum is needed to predict, and the predictions are those
 * of the {@link KernelDenoiser} it came from, bit for bit.
 *
 * @param trainingInputs Z, N × D
 * @param coefficients   α, N × d
 * @param inputs         the input map z = (x, c(t))
 */
public record KernelExpansion(Matrix trainingInputs, Matrix coefficients, InputMap inputs)
        implements Denoiser {
    public KernelExpansion {
        Checks.require(trainingInputs != null && coefficients != null && inputs != null,
                "training inputs, coefficients and input map must be given");
        trainingInputs.requireCols("training inputs", inputs.width());
        coefficients.requireShape("coefficients", trainingInputs.rows(), inputs.dataDimension());
    }

    @Override
    public int dimension() {
        return inputs.dataDimension();
    }

    @Override
    public Matrix denoise(Matrix x, double[] t) {
        return Products.times(Grams.cross(inputs.inputs(x, t), trainingInputs), false,
                coefficients, false);
    }
}
