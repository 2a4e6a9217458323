package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.linalg.Transpose;

/**
 * The test risk of zero-initialised kernel GD with K^∞ as a function of the step count τ, in
 * closed form from one eigendecomposition (spec §7, U(0) = 0): with K^∞ = V diag(μ) V^T,
 *
 * <pre>
 * f_K^τ(z) = κ(z, Z) V diag(φ_τ(μ_i)) V^T Y,   φ_τ(μ) = (1 − (1 − ημ)^τ)/μ   (φ_τ(0) = ητ)
 * risk(τ) = (1/n) Σ_test ‖f_K^τ(z) − target(z)‖²
 * </pre>
 *
 * With the exact denoiser f* as target this is the excess risk 𝓔 of §11 on the test draw, and
 * its minimiser is τ_oracle (§9.2 item 7). P = κ(Z_test, Z) V and C = V^T Y are precomputed,
 * so each τ costs O(n N d).
 */
public final class KernelGdRiskPath {
    private static final double GRID_RATIO = 1.1;

    private final SymmetricEigen eigen;
    private final double stepSize;
    private final double[] projected;
    private final double[] coefficients;
    private final double[] target;
    private final int testRows;
    private final int outDim;

    /**
     * The path for the spectrum of K^∞ on training inputs z (N × D), labels y (N × d), test
     * inputs testInputs (n × D) with targets (n × d), and the absolute GD step η (sum loss).
     */
    public KernelGdRiskPath(KernelSpectrum spectrum, Matrix y, Matrix testInputs,
                            Matrix testTarget, double stepSize) {
        Matrix z = spectrum.inputs();
        Checks.sameSize("label rows", z.rows(), y.rows());
        Checks.sameSize("test input columns", z.cols(), testInputs.cols());
        Checks.sameSize("test target rows", testInputs.rows(), testTarget.rows());
        Checks.sameSize("test target columns", y.cols(), testTarget.cols());
        Checks.positive("stepSize", stepSize);
        int n = z.rows();
        this.stepSize = stepSize;
        this.testRows = testInputs.rows();
        this.outDim = y.cols();
        this.eigen = spectrum.eigen();
        Backend backend = Backends.current();
        Matrix v = eigen.vectors();
        this.projected = new double[testRows * n];
        backend.gemm(Transpose.NO, Transpose.NO, testRows, n, n, 1.0,
                Grams.cross(testInputs, z).data(), 0, n, v.data(), 0, n, 0.0, projected, 0, n);
        this.coefficients = new double[n * outDim];
        backend.gemm(Transpose.YES, Transpose.NO, n, outDim, n, 1.0, v.data(), 0, n,
                y.data(), 0, outDim, 0.0, coefficients, 0, outDim);
        this.target = testTarget.data().clone();
    }

    /** The excess risk after τ ≥ 0 steps. */
    public double risk(int steps) {
        Checks.nonNegative("steps", steps);
        int n = eigen.values().length;
        double[] scaled = new double[n * outDim];
        for (int i = 0; i < n; i++) {
            double phi = filter(eigen.values()[i], steps);
            for (int k = 0; k < outDim; k++) {
                scaled[i * outDim + k] = phi * coefficients[i * outDim + k];
            }
        }
        double[] prediction = new double[testRows * outDim];
        Backends.current().gemm(Transpose.NO, Transpose.NO, testRows, outDim, n, 1.0, projected,
                0, n, scaled, 0, outDim, 0.0, prediction, 0, outDim);
        double s = 0;
        for (int i = 0; i < prediction.length; i++) {
            double r = prediction[i] - target[i];
            s += r * r;
        }
        return s / testRows;
    }

    /**
     * τ_oracle = the first minimiser of risk(τ) over integer τ in [0, maxSteps]: a geometric
     * grid (ratio 1.1), then every integer between the grid neighbours of the best grid point.
     * Exact when the risk is unimodal between grid points, as it is for kernel GD curves.
     */
    public Oracle oracle(int maxSteps) {
        Checks.nonNegative("maxSteps", maxSteps);
        int best = 0;
        double bestRisk = risk(0);
        int previous = 0;
        int before = 0;
        int after = -1;
        for (int tau = 1; tau <= maxSteps; tau = nextGridPoint(tau, maxSteps)) {
            double r = risk(tau);
            if (r < bestRisk) {
                bestRisk = r;
                best = tau;
                before = previous;
                after = -1;
            } else if (after < 0) {
                after = tau;
            }
            previous = tau;
        }
        int to = after < 0 ? maxSteps : after;
        for (int tau = before + 1; tau < to; tau++) {
            double r = risk(tau);
            if (r < bestRisk || (r == bestRisk && tau < best)) {
                bestRisk = r;
                best = tau;
            }
        }
        return new Oracle(best, bestRisk);
    }

    /**
     * The oracle step and its risk.
     *
     * @param step τ_oracle
     * @param risk risk(τ_oracle)
     */
    public record Oracle(int step, double risk) {
    }

    private double filter(double mu, int steps) {
        if (mu <= 0) {
            return stepSize * steps;
        }
        double contraction = 1 - stepSize * mu;
        if (contraction <= 0) {
            // η = 1/λ_max from power iteration can put η μ_max a rounding error above 1.
            return (1 - Math.pow(contraction, steps)) / mu;
        }
        return -Math.expm1(steps * Math.log1p(-stepSize * mu)) / mu;
    }

    private static int nextGridPoint(int tau, int maxSteps) {
        long next = Math.max(tau + 1L, (long) Math.ceil(tau * GRID_RATIO));
        if (tau < maxSteps && next > maxSteps) {
            return maxSteps;
        }
        return (int) Math.min(next, Integer.MAX_VALUE);
    }
}
