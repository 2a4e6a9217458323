package org.scorekit.experiment;

import org.scorekit.checks.Checks;
import org.scorekit.train.Precision;

/**
 * The estimator section: the NTK-parametrised two-layer ReLU network trained by full-batch GD
 * (spec §5). {@code stepSize} is η_rel (units of 1/λ_max(K^∞)) when {@code stepSizeUnits} is
 * {@code relative} (default), else the absolute η. {@code precision} is the arithmetic of the
 * fused GD kernel's products: {@code float64} (default) or {@code float32} (about twice the
 * speed; weights, update and loss stay in double).
 */
public record EstimatorSpec(String type, Integer width, Boolean antisymmetric, Double stepSize,
                            StepSizeUnits stepSizeUnits, Integer maxSteps, Integer evaluateEvery,
                            Double divergenceFactor, Precision precision) {
    /**
     * Default divergence factor: full-batch GD at a stable step (η_rel &lt; 2) does not raise the
     * loss above its start, so a loss twice the initial one is divergence; {@code Training}
     * then halves the step and retries.
     */
    public static final double DEFAULT_DIVERGENCE_FACTOR = 2.0;

    /** The only estimator type of this version. */
    public static final String TWO_LAYER_RELU = "two-layer-relu";

    public EstimatorSpec {
        if (type != null && !type.equals(TWO_LAYER_RELU)) {
            throw new IllegalArgumentException(
                    "estimator.type must be one of [" + TWO_LAYER_RELU + "]: " + type);
        }
        if (width != null) {
            Checks.positive("estimator.width", width);
        }
        if (stepSize != null) {
            Checks.positive("estimator.stepSize", stepSize);
        }
        if (maxSteps != null) {
            Checks.nonNegative("estimator.maxSteps", maxSteps);
        }
        if (evaluateEvery != null) {
            Checks.positive("estimator.evaluateEvery", evaluateEvery);
        }
        if (divergenceFactor != null) {
            Checks.require(divergenceFactor > 1 && Double.isFinite(divergenceFactor),
                    "estimator.divergenceFactor must be finite and > 1: " + divergenceFactor);
        }
        if (width != null && !Boolean.FALSE.equals(antisymmetric) && width % 2 != 0) {
            throw new IllegalArgumentException(
                    "estimator.width must be even with antisymmetric initialisation: " + width);
        }
    }

    /** Every default filled in. */
    public EstimatorSpec resolved() {
        return new EstimatorSpec(TWO_LAYER_RELU, width == null ? 1024 : width,
                antisymmetric == null || antisymmetric, stepSize == null ? 1.0 : stepSize,
                stepSizeUnits == null ? StepSizeUnits.RELATIVE : stepSizeUnits,
                maxSteps == null ? 1000 : maxSteps, evaluateEvery == null ? 10 : evaluateEvery,
                divergenceFactor == null ? DEFAULT_DIVERGENCE_FACTOR : divergenceFactor,
                precision == null ? Precision.FLOAT64 : precision);
    }
}
