package org.scorekit.diffusion;

import org.scorekit.checks.Checks;

/** g(t) = g0 (the OU process): α = exp(−g0 t/2), h = 1 − exp(−g0 t). Spec §1, default g0 = 1. */
public record ConstantSchedule(double g0) implements NoiseSchedule {
    public ConstantSchedule {
        Checks.positive("g0", g0);
    }

    @Override
    public String name() {
        return "constant";
    }

    @Override
    public double rate(double t) {
        return g0;
    }

    @Override
    public double integratedRate(double t) {
        return g0 * t;
    }

    @Override
    public double maxTime() {
        return Double.POSITIVE_INFINITY;
    }
}
