package org.scorekit.diffusion;

import org.scorekit.checks.Checks;

/**
 * The variance-preserving process of a {@link NoiseSchedule}: α(t) = exp(−G(t)/2) and
 * h(t) = −expm1(−G(t)), computed without cancellation for small t (spec §1).
 */
public record VpProcess(NoiseSchedule schedule) implements ForwardProcess {
    public VpProcess {
        Checks.require(schedule != null, "schedule must be given");
    }

    @Override
    public double horizon() {
        return schedule.maxTime();
    }

    @Override
    public double alpha(double t) {
        return Math.exp(-0.5 * schedule.integratedRate(t));
    }

    @Override
    public double h(double t) {
        return -Math.expm1(-schedule.integratedRate(t));
    }

    @Override
    public double g(double t) {
        return schedule.rate(t);
    }
}
