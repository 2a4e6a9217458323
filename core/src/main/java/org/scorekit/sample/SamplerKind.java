package org.scorekit.sample;

import java.util.function.Supplier;
import org.scorekit.checks.Checks;

/**
 * The built-in samplers: the closed set a spec names in {@code sampler.type} and the
 * {@code sample --sampler} option accepts. Each is spelled by its sampler's
 * {@link Sampler#name()}.
 */
public enum SamplerKind {
    /** {@link EulerMaruyama}, the reverse SDE. */
    EULER_MARUYAMA(EulerMaruyama::new),
    /** {@link ProbabilityFlowHeun}, the probability-flow ODE. */
    PROBABILITY_FLOW_HEUN(ProbabilityFlowHeun::new),
    /** {@link AnnealedLangevin} with its default settings, the grid as the noise ladder. */
    ANNEALED_LANGEVIN(() -> AnnealedLangevin.DEFAULT),
    /** {@link PredictorCorrector} with its default settings. */
    PREDICTOR_CORRECTOR(() -> PredictorCorrector.DEFAULT),
    /** {@link EndTimeLangevin}: plain Langevin at the last grid time, no annealing. */
    LANGEVIN(() -> EndTimeLangevin.DEFAULT);

    private final Supplier<Sampler> factory;

    SamplerKind(Supplier<Sampler> factory) {
        this.factory = factory;
    }

    /** A new sampler of this kind. */
    public Sampler create() {
        return factory.get();
    }

    /** The stable name, e.g. {@code euler-maruyama}. */
    public String label() {
        return create().name();
    }

    /** The kind spelled {@code label}, or a one-line error listing the choices. */
    public static SamplerKind of(String label) {
        return Checks.oneOf("sampler", values(), SamplerKind::label, label);
    }
}
