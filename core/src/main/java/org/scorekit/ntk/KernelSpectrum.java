package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;

/**
 * The spectrum of K^∞ on one training set, computed once (one {@code eigh} of
 * {@link ReluNtk#gram}) and shared by everything that needs it: {@link KernelRegression},
 * {@link RwyRule}, {@link NoiseLevel} and {@link KernelGdRiskPath} (DESIGN.md §6: one eigh per
 * training set). K^∞ = V diag(μ) V^T with μ ascending as LAPACK returns them (a singular K^∞
 * may show round-off below 0; each consumer states how it clips).
 *
 * @param inputs the training inputs Z (N × D) the Gram came from, shared: do not write
 * @param eigen  μ ascending and V (N × N), shared: do not write
 */
public record KernelSpectrum(Matrix inputs, SymmetricEigen eigen) {
    public KernelSpectrum {
        Checks.require(inputs != null && eigen != null, "inputs and eigen must be given");
        Checks.sameSize("number of eigenvalues", inputs.rows(), eigen.values().length);
    }

    /** The spectrum of K^∞ on inputs z (N × D, N ≥ 1). */
    public static KernelSpectrum of(Matrix z) {
        Checks.positive("number of inputs", z.rows());
        return new KernelSpectrum(z, Backends.current().eigh(ReluNtk.gram(z)));
    }

    /** N. */
    public int size() {
        return inputs.rows();
    }

    /** μ ascending (shared: do not write). */
    public double[] values() {
        return eigen.values();
    }

    /** V, column i the eigenvector of μ_i (shared: do not write). */
    public Matrix vectors() {
        return eigen.vectors();
    }

    /** μ_max = λ_max(K^∞). */
    public double lambdaMax() {
        return eigen.max();
    }
}
