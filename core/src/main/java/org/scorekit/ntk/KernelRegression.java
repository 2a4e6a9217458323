package org.scorekit.ntk;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.train.StepSize;

/**
 * GD on the kernel K^∞ of the training inputs in closed form (spec/score-estimation.md §7;
 * after neural-tangents {@code predict.gradient_descent_mse}) through one cached symmetric
 * eigendecomposition K^∞ = V diag(μ) V^T, μ_i &lt; 0 clipped to 0:
 * <pre>
 *   U_K = Y + V diag(ρ(μ)) V^T (U(0) − Y)                       training values, N × d
 *   f_K(z) = f_0(z) + κ(z, Z) V diag(φ(μ)) V^T (Y − U(0))       predictions, 1 × d per row
 * </pre>
 * with φ, ρ from a {@link SpectralFilter}. A filter with φ(0) = ∞ (the interpolant) is rejected
 * unless μ_min exceeds the rank tolerance N ε μ_max. The start is either zero (antisymmetric or zero
 * initialisation, f_0 ≡ 0) or an initial network (f_0 = f_{W(0)}, U(0) = f_0(Z)).
 */
public final class KernelRegression {
    private final Matrix inputs;
    private final Matrix labels;
    private final TwoLayerRelu initial;
    private final double[] eigenvalues;
    private final double smallestRawEigenvalue;
    private final Matrix eigenvectors;
    private final Matrix spectralTarget;

    private KernelRegression(KernelSpectrum spectrum, Matrix labels, TwoLayerRelu initial,
                             Matrix start) {
        this.inputs = spectrum.inputs();
        this.labels = labels.copy();
        this.initial = initial == null ? null : initial.copy();
        SymmetricEigen eigen = spectrum.eigen();
        this.smallestRawEigenvalue = eigen.min();
        this.eigenvalues = eigen.values().clone();
        for (int i = 0; i < eigenvalues.length; i++) {
            eigenvalues[i] = Math.max(eigenvalues[i], 0.0);
        }
        this.eigenvectors = eigen.vectors();
        Matrix residual = labels.copy();
        double[] r = residual.data();
        for (int i = 0; i < r.length; i++) {
            r[i] -= start.data()[i];
        }
        this.spectralTarget = Products.times(eigenvectors, true, residual, false);
    }

    /** Kernel GD from zero: U(0) = 0, f_0 ≡ 0. z: N × D inputs, y: N × d labels. */
    public static KernelRegression of(Matrix z, Matrix y) {
        return of(KernelSpectrum.of(z), y);
    }

    /** Kernel GD from zero on a computed spectrum; y: N × d labels. */
    public static KernelRegression of(KernelSpectrum spectrum, Matrix y) {
        y.requireShape("labels", spectrum.size(), y.cols());
        return new KernelRegression(spectrum, y, null, Matrix.zeros(y.rows(), y.cols()));
    }

    /** Kernel GD from a network's initial function: f_0 = f_{W(0)}, U(0) = f_{W(0)}(Z). */
    public static KernelRegression of(KernelSpectrum spectrum, Matrix y, TwoLayerRelu initial) {
        Checks.require(initial != null, "initial network must be given");
        Matrix z = spectrum.inputs();
        y.requireShape("labels", z.rows(), initial.outputDimension());
        z.requireCols("inputs", initial.inputDimension());
        return new KernelRegression(spectrum, y, initial, initial.forward(z));
    }

    /** Whether GD starts from an initial network's function rather than from zero. */
    public boolean startsFromNetwork() {
        return initial != null;
    }

    /** N. */
    public int size() {
        return inputs.rows();
    }

    /** d. */
    public int outputDimension() {
        return labels.cols();
    }

    /** The training inputs Z (N × D), shared: do not write. */
    public Matrix inputs() {
        return inputs;
    }

    /** The clipped eigenvalues μ of K^∞, ascending (a copy). */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** λ_max(K^∞) = μ_max. */
    public double lambdaMax() {
        return eigenvalues[eigenvalues.length - 1];
    }

    /** λ_min(K^∞) before clipping (negative only through rounding of a singular K^∞). */
    public double lambdaMin() {
        return smallestRawEigenvalue;
    }

    /** τ discrete GD steps with η resolved from a step size relative to μ_max or absolute. */
    public SpectralFilter steps(StepSize stepSize, int steps) {
        return SpectralFilter.steps(stepSize.resolve(lambdaMax()), steps);
    }

    /** U_K = Y + V diag(ρ(μ)) V^T (U(0) − Y), N × d. */
    public Matrix trainValues(SpectralFilter filter) {
        Matrix scaled = scaledTarget(filter, true);
        Matrix u = Products.times(eigenvectors, false, scaled, false);
        double[] a = u.data();
        for (int i = 0; i < a.length; i++) {
            a[i] = labels.data()[i] - a[i];
        }
        return u;
    }

    /** The training loss ½ ‖U_K − Y‖_F² = ½ Σ_i ρ(μ_i)² ‖(V^T (Y − U(0)))_i‖², in O(N d). */
    public double trainLoss(SpectralFilter filter) {
        return 0.5 * spectralSum(filter, 0);
    }

    /** ‖K^∞ (U_K − Y)‖_F, the function-space gradient of the training loss, in O(N d). */
    public double gradientNorm(SpectralFilter filter) {
        return Math.sqrt(spectralSum(filter, 1));
    }

    /** The dual coefficients α = V diag(φ(μ)) V^T (Y − U(0)), N × d: f_K = f_0 + κ(·, Z) α. */
    public Matrix coefficients(SpectralFilter filter) {
        return Products.times(eigenvectors, false, scaledTarget(filter, false), false);
    }

    /** f_K at each row of zTest (n × D) for the filter; returns n × d. */
    public Matrix predict(Matrix zTest, SpectralFilter filter) {
        return evaluate(zTest, coefficients(filter));
    }

    /** f_0(zTest) + κ(zTest, Z) α for dual coefficients α (N × d); returns n × d. */
    public Matrix evaluate(Matrix zTest, Matrix coefficients) {
        coefficients.requireShape("coefficients", size(), outputDimension());
        Matrix out = Products.times(Grams.cross(zTest, inputs), false, coefficients, false);
        addInitial(zTest, out);
        return out;
    }

    /**
     * Prepares predictions at fixed test inputs for many filters: P = κ(zTest, Z) V is built
     * once (O(n N (D + N))), then each filter costs O(n N d).
     */
    public SpectralPredictor predictor(Matrix zTest) {
        Matrix p = Products.times(Grams.cross(zTest, inputs), false, eigenvectors, false);
        Matrix start = Matrix.zeros(zTest.rows(), outputDimension());
        addInitial(zTest, start);
        return new SpectralPredictor(p, spectralTarget, eigenvalues, start, smallestPositive());
    }

    private void addInitial(Matrix zTest, Matrix out) {
        if (initial == null) {
            return;
        }
        double[] f0 = initial.forward(zTest).data();
        double[] a = out.data();
        for (int i = 0; i < a.length; i++) {
            a[i] += f0[i];
        }
    }

    /** diag(ρ) C or diag(φ) C with C = V^T (Y − U(0)). */
    private Matrix scaledTarget(SpectralFilter filter, boolean residual) {
        requireDefined(filter, smallestPositive());
        int d = outputDimension();
        Matrix out = spectralTarget.copy();
        double[] a = out.data();
        for (int i = 0; i < eigenvalues.length; i++) {
            double mu = eigenvalues[i];
            double s = residual ? filter.residual(mu) : filter.coefficient(mu);
            for (int k = 0; k < d; k++) {
                a[i * d + k] *= s;
            }
        }
        return out;
    }

    private double spectralSum(SpectralFilter filter, int muPower) {
        int d = outputDimension();
        double[] c = spectralTarget.data();
        double s = 0;
        for (int i = 0; i < eigenvalues.length; i++) {
            double rho = filter.residual(eigenvalues[i]) * Math.pow(eigenvalues[i], muPower);
            for (int k = 0; k < d; k++) {
                s += rho * rho * c[i * d + k] * c[i * d + k];
            }
        }
        return s;
    }

    /**
     * μ_min, or 0 when it is below the rank tolerance N ε μ_max (the numpy matrix_rank rule):
     * a kernel with repeated inputs then counts as singular although rounding left μ_min &gt; 0.
     */
    private double smallestPositive() {
        double tolerance = eigenvalues.length * Math.ulp(1.0) * lambdaMax();
        return eigenvalues[0] > tolerance ? eigenvalues[0] : 0.0;
    }

    static void requireDefined(SpectralFilter filter, double muMin) {
        Checks.require(!filter.requiresPositiveDefinite() || muMin > 0,
                "the filter " + filter + " requires a positive definite kernel: mu_min = "
                        + muMin);
    }
}
