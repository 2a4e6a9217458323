package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.train.Precision;

/**
 * The estimator section (docs/estimators.md). {@code type} is
 * <ul>
 *   <li>{@code network} (default): the NTK-parametrised two-layer ReLU network trained by
 *   full-batch GD (spec §5);</li>
 *   <li>{@code kernel}: its infinite-width shadow, kernel GD from zero on K^∞ of the training
 *   inputs (spec §7), in closed form from one dense eigendecomposition;</li>
 *   <li>{@code convex}: one certified gated DSM program per noise level (spec/convex-score.md
 *   §7), β chosen per level on the validation draw unless given;</li>
 *   <li>{@code mlp}: the deep baseline, a TabDDPM-style residual MLP trained by Adam on fresh
 *   mini-batches with a moving average of its weights ({@link org.scorekit.mlp.MlpTrainer}).</li>
 * </ul>
 * The network and the kernel fit the residual of the base g and share the step size, the step
 * budget, the evaluation cadence, the divergence factor and the stopping rules. {@code stepSize}
 * is η_rel (units of 1/λ_max(K^∞)) when {@code stepSizeUnits} is {@code relative} (default),
 * else the absolute η. The network's own fields ({@code width}, {@code antisymmetric},
 * {@code precision}: {@code float64} (default) or {@code float32} products in the fused GD
 * kernel) do not apply to the kernel, which starts from f ≡ 0 as the antisymmetric network does.
 * The convex estimator has its own fields ({@code levels}, {@code gates}, {@code beta},
 * {@code iterations}, {@code gapTolerance}) and none of the others. The MLP shares
 * {@code width}, {@code maxSteps}, {@code evaluateEvery}, {@code divergenceFactor} and
 * {@code precision} with the network and has its own {@code blocks}, {@code batchSize},
 * {@code learningRate} and {@code emaDecay}; it has no step size in units of λ_max and no
 * antisymmetric start (its zero output layer starts it at f ≡ 0). A field that does not apply
 * to the type is refused rather than ignored.
 */
public record EstimatorSpec(String type, Integer width, Boolean antisymmetric, Double stepSize,
                            StepSizeUnits stepSizeUnits, Integer maxSteps, Integer evaluateEvery,
                            Double divergenceFactor, Precision precision, Integer levels,
                            Integer gates, Double beta, Integer iterations, Double gapTolerance,
                            Integer blocks, Integer batchSize, Double learningRate,
                            Double emaDecay) {
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
    /** The per-level convex DSM programs. */
    public static final String CONVEX = "convex";
    /** The residual-MLP baseline. */
    public static final String MLP = "mlp";
    /** The name of {@link #NETWORK} in specs written before there was a choice; still read. */
    public static final String LEGACY_NETWORK = "two-layer-relu";
    /** The types a spec may name. */
    public static final List<String> TYPES = List.of(NETWORK, KERNEL, CONVEX, MLP);

    /** Default FISTA iterations per convex solve at most. */
    public static final int DEFAULT_ITERATIONS = 20_000;
    /** Default relative duality gap of a convex solve. */
    public static final double DEFAULT_GAP_TOLERANCE = 1e-6;

    public EstimatorSpec {
        if (LEGACY_NETWORK.equals(type)) {
            type = NETWORK;
        }
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException(
                    "estimator.type must be one of " + TYPES + ": " + type);
        }
        String kind = type == null ? NETWORK : type;
        boolean mlp = MLP.equals(kind);
        if (!NETWORK.equals(kind)) {
            notFor(kind, "antisymmetric", antisymmetric);
            if (!mlp) {
                notFor(kind, "width", width);
                notFor(kind, "precision", precision);
            }
        }
        if (mlp) {
            notFor(kind, "stepSize", stepSize);
            notFor(kind, "stepSizeUnits", stepSizeUnits);
        } else {
            notFor(kind, "blocks", blocks);
            notFor(kind, "batchSize", batchSize);
            notFor(kind, "learningRate", learningRate);
            notFor(kind, "emaDecay", emaDecay);
        }
        if (CONVEX.equals(kind)) {
            notFor(kind, "stepSize", stepSize);
            notFor(kind, "stepSizeUnits", stepSizeUnits);
            notFor(kind, "maxSteps", maxSteps);
            notFor(kind, "evaluateEvery", evaluateEvery);
            notFor(kind, "divergenceFactor", divergenceFactor);
        } else {
            notFor(kind, "levels", levels);
            notFor(kind, "gates", gates);
            notFor(kind, "beta", beta);
            notFor(kind, "iterations", iterations);
            notFor(kind, "gapTolerance", gapTolerance);
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
        if (levels != null) {
            Checks.require(levels >= 2, "estimator.levels must be at least 2: " + levels);
        }
        if (gates != null) {
            Checks.positive("estimator.gates", gates);
        }
        if (beta != null) {
            Checks.positive("estimator.beta", beta);
        }
        if (iterations != null) {
            Checks.positive("estimator.iterations", iterations);
        }
        if (gapTolerance != null) {
            Checks.positive("estimator.gapTolerance", gapTolerance);
        }
        if (blocks != null) {
            Checks.nonNegative("estimator.blocks", blocks);
        }
        if (batchSize != null) {
            Checks.positive("estimator.batchSize", batchSize);
        }
        if (learningRate != null) {
            Checks.require(learningRate > 0 && Double.isFinite(learningRate),
                    "estimator.learningRate must be finite and positive: " + learningRate);
        }
        if (emaDecay != null) {
            Checks.require(emaDecay >= 0 && emaDecay < 1,
                    "estimator.emaDecay must be in [0, 1): " + emaDecay);
        }
    }

    private static void notFor(String type, String field, Object value) {
        if (value != null) {
            throw new IllegalArgumentException("estimator." + field + " does not apply to"
                    + " estimator.type " + type);
        }
    }

    /** The estimator section of a spec that names only its type. */
    public static EstimatorSpec ofType(String type) {
        return new EstimatorSpec(type, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Whether this is the kernel estimator. */
    @JsonIgnore
    public boolean isKernel() {
        return KERNEL.equals(type);
    }

    /** Whether this is the convex estimator. */
    @JsonIgnore
    public boolean isConvex() {
        return CONVEX.equals(type);
    }

    /** Whether this is the residual-MLP baseline. */
    @JsonIgnore
    public boolean isMlp() {
        return MLP.equals(type);
    }

    /**
     * Every default filled in (fields that do not apply to the type stay empty). The convex
     * estimator's {@code gates} default needs the data dimension: see {@link #resolved(int)}.
     */
    public EstimatorSpec resolved() {
        return resolved(1);
    }

    /**
     * Every default filled in, for data of dimension {@code d}: the convex default of
     * {@code gates} is {@link #defaultGates}(d); {@code beta} stays empty when it is to be
     * chosen on the validation draw, and {@code levels} until the time window is known
     * ({@link #withLevels}).
     */
    public EstimatorSpec resolved(int d) {
        if (isConvex()) {
            return new EstimatorSpec(CONVEX, null, null, null, null, null, null, null, null,
                    levels,
                    gates == null ? defaultGates(d) : gates, beta,
                    iterations == null ? DEFAULT_ITERATIONS : iterations,
                    gapTolerance == null ? DEFAULT_GAP_TOLERANCE : gapTolerance,
                    null, null, null, null);
        }
        if (isMlp()) {
            return new EstimatorSpec(MLP, width == null ? MlpDefaults.WIDTH : width, null, null,
                    null, maxSteps,
                    evaluateEvery == null ? MlpDefaults.EVALUATE_EVERY : evaluateEvery,
                    divergenceFactor == null ? DEFAULT_DIVERGENCE_FACTOR : divergenceFactor,
                    precision == null ? Precision.FLOAT32 : precision, null, null, null, null,
                    null, blocks == null ? MlpDefaults.BLOCKS : blocks,
                    batchSize == null ? MlpDefaults.BATCH_SIZE : batchSize,
                    learningRate == null ? MlpDefaults.LEARNING_RATE : learningRate,
                    emaDecay == null ? MlpDefaults.EMA_DECAY : emaDecay);
        }
        boolean kernel = isKernel();
        return new EstimatorSpec(kernel ? KERNEL : NETWORK,
                kernel ? null : width == null ? 1024 : width,
                kernel ? null : antisymmetric == null || antisymmetric,
                stepSize == null ? 1.0 : stepSize,
                stepSizeUnits == null ? StepSizeUnits.RELATIVE : stepSizeUnits,
                maxSteps == null ? 1000 : maxSteps, evaluateEvery == null ? 10 : evaluateEvery,
                divergenceFactor == null ? DEFAULT_DIVERGENCE_FACTOR : divergenceFactor,
                kernel ? null : precision == null ? Precision.FLOAT64 : precision,
                null, null, null, null, null, null, null, null, null);
    }

    /**
     * The MLP with {@code maxSteps} filled in where the spec left it out, for {@code rows}
     * distinct training rows ({@link MlpDefaults#steps}).
     */
    EstimatorSpec withMlpSteps(int rows) {
        return maxSteps != null ? this : new EstimatorSpec(type, width, antisymmetric, stepSize,
                stepSizeUnits, MlpDefaults.steps(rows, batchSize), evaluateEvery,
                divergenceFactor, precision, levels, gates, beta, iterations, gapTolerance, blocks,
                batchSize, learningRate, emaDecay);
    }

    /** The convex estimator with {@code levels} filled in where the spec left it out. */
    EstimatorSpec withLevels(int defaultLevels) {
        return levels != null ? this : new EstimatorSpec(type, width, antisymmetric, stepSize,
                stepSizeUnits, maxSteps, evaluateEvery, divergenceFactor, precision,
                defaultLevels, gates, beta, iterations, gapTolerance, blocks, batchSize,
                learningRate, emaDecay);
    }

    /**
     * Gates sampled per level: 50 (d + 1), at most 500. A gate is a random hyperplane through
     * the lifted points (d + 1 coefficients); spec/convex-score.md §6.6 asks for 2-10 times the
     * neuron budget, and 50 per coefficient keeps the patterns' count (the program's width)
     * growing with the dimension while a solve stays within seconds at d ≤ 9.
     */
    static int defaultGates(int d) {
        return Math.min(500, 50 * (d + 1));
    }

    /**
     * Whether the fitted model starts from f_W ≡ 0, so that step 0 is the base g alone: always
     * for the kernel, with the antisymmetric start for the network, never for the convex ladder
     * (which fits the whole score, not a residual).
     */
    public boolean startsAtZero() {
        return isKernel() || isMlp() || (!isConvex() && antisymmetric());
    }
}
