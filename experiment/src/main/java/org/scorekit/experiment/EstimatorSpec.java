package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.train.Precision;

/**
 * The estimator section. {@code type} is {@code network} (default): the NTK-parametrised two-layer
 * ReLU network trained by full-batch GD (spec §5); or {@code kernel}: its infinite-width shadow,
 * kernel GD from zero on K^∞ of the training inputs (spec §7), computed in closed form from one
 * dense eigendecomposition. Both fit the residual of the base g and share the step size, the step
 * budget, the evaluation cadence, the divergence factor and the stopping rules. {@code stepSize}
 * is η_rel (units of 1/λ_max(K^∞)) when {@code stepSizeUnits} is {@code relative} (default), else
 * the absolute η. The network's own fields ({@code width}, {@code antisymmetric},
 * {@code precision}: the arithmetic of the fused GD kernel's products, {@code float64} (default)
 * or {@code float32}) do not apply to the kernel, which starts from f ≡ 0 as the antisymmetric
 * network does.
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

    /** The two-layer ReLU network trained by GD (the default). */
    public static final String NETWORK = "network";
    /** The network's kernel-regression shadow. */
    public static final String KERNEL = "kernel";
    /** The name of {@link #NETWORK} in specs written before there was a choice; still read. */
    public static final String LEGACY_NETWORK = "two-layer-relu";
    /** The types a spec may name. */
    public static final List<String> TYPES = List.of(NETWORK, KERNEL);

    public EstimatorSpec {
        if (LEGACY_NETWORK.equals(type)) {
            type = NETWORK;
        }
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException(
                    "estimator.type must be one of " + TYPES + ": " + type);
        }
        if (KERNEL.equals(type)) {
            notForKernel("width", width);
            notForKernel("antisymmetric", antisymmetric);
            notForKernel("precision", precision);
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

    private static void notForKernel(String field, Object value) {
        if (value != null) {
            throw new IllegalArgumentException("estimator." + field + " does not apply to"
                    + " estimator.type kernel (the infinite-width limit, started from 0)");
        }
    }

    /** Whether this is the kernel estimator. */
    @JsonIgnore
    public boolean isKernel() {
        return KERNEL.equals(type);
    }

    /** Every default filled in (the network's own fields stay empty for the kernel). */
    public EstimatorSpec resolved() {
        boolean kernel = isKernel();
        return new EstimatorSpec(kernel ? KERNEL : NETWORK,
                kernel ? null : width == null ? 1024 : width,
                kernel ? null : antisymmetric == null || antisymmetric,
                stepSize == null ? 1.0 : stepSize,
                stepSizeUnits == null ? StepSizeUnits.RELATIVE : stepSizeUnits,
                maxSteps == null ? 1000 : maxSteps, evaluateEvery == null ? 10 : evaluateEvery,
                divergenceFactor == null ? DEFAULT_DIVERGENCE_FACTOR : divergenceFactor,
                kernel ? null : precision == null ? Precision.FLOAT64 : precision);
    }

    /**
     * Whether the fitted model starts from f_W ≡ 0, so that step 0 is the base g alone: always
     * for the kernel, with the antisymmetric start for the network.
     */
    public boolean startsAtZero() {
        return isKernel() || antisymmetric();
    }
}
