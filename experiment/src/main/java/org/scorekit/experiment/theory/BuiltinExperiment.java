package org.scorekit.experiment.theory;

import java.util.Locale;
import java.util.function.Supplier;
import org.scorekit.checks.Checks;

/**
 * The built-in theory experiments, each named by its constant in kebab case
 * ({@code ntk-regime}) with a one-line description of what is varied and what is measured.
 */
public enum BuiltinExperiment {
    /** {@link NtkRegime}. */
    NTK_REGIME(NtkRegime::new,
            "width m = 2^8..2^15: coupling to the kernel predictor, Gram drift, flips, weight movement"),
    /** {@link Overfitting}. */
    OVERFITTING(Overfitting::new,
            "risk vs GD step tau on fresh data (U-shape) with the training loss, spec §14 setting"),
    /** {@link SampleComplexity}. */
    SAMPLE_COMPLEXITY(SampleComplexity::new,
            "excess risk at tau_hat and tau_oracle vs N with the log-log slope (C2)"),
    /** {@link StoppingRules}. */
    STOPPING_RULES(StoppingRules::new,
            "risk at the RWY and validation steps over risk at tau_oracle, 3 mixtures (C7)"),
    /** {@link TimeTruncation}. */
    TIME_TRUNCATION(TimeTruncation::new,
            "T0 and R: weighted/unweighted score error vs T0, risk inside/outside the ball"),
    /** {@link Optimizers}. */
    OPTIMIZERS(Optimizers::new,
            "GD vs SGD vs Adam at equal per-sample gradients: exact risk curves, §14 setting"),
    /** {@link Convex1d}. */
    CONVEX_1D(Convex1d::new,
            "univariate convex SM: §11.1 optima, beta sweep across regimes, p* vs histogram, Langevin KS"),
    /** {@link ConvexVsNonconvex}. */
    CONVEX_VS_NONCONVEX(ConvexVsNonconvex::new,
            "GD and Adam loss curves vs the certified convex optimum: lr 1..1e-6, seeds, dead runs"),
    /** {@link Convex2d}. */
    CONVEX_2D(Convex2d::new,
            "gated convex SM on a circle: beta sweep (unbounded/undecided/optimum), score field, Langevin");

    private final Supplier<TheoryExperiment> factory;
    private final String description;

    BuiltinExperiment(Supplier<TheoryExperiment> factory, String description) {
        this.factory = factory;
        this.description = description;
    }

    /** The command-line name, e.g. {@code time-truncation}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One line: what is varied and what is measured. */
    public String description() {
        return description;
    }

    /** A new instance of the experiment. */
    public TheoryExperiment create() {
        return factory.get();
    }

    /** The experiment named {@code label}, or a one-line error listing the choices. */
    public static BuiltinExperiment of(String label) {
        return Checks.oneOf("experiment", values(), BuiltinExperiment::label, label);
    }
}
