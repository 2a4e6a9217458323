package org.scorekit.diffusion;

import org.scorekit.checks.Checks;

/**
 * The cosine schedule in continuous time: u(t) = ((t + s)/(1 + s)) π/2,
 * α(t) = cos u(t) / cos u(0), G(t) = −2 log α(t), g(t) = (π/(1 + s)) tan u(t); defined for
 * t &lt; 1, where g → ∞ (spec §1, default s = 0.008).
 */
public record CosineSchedule(double offset) implements NoiseSchedule {
    public CosineSchedule {
        Checks.positive("offset", offset);
    }

    @Override
    public String name() {
        return "cosine";
    }

    private double u(double t) {
        return (t + offset) / (1 + offset) * Math.PI / 2;
    }

    @Override
    public double rate(double t) {
        return Math.PI / (1 + offset) * Math.tan(u(t));
    }

    @Override
    public double integratedRate(double t) {
        return -2 * Math.log(Math.cos(u(t)) / Math.cos(u(0)));
    }

    @Override
    public double maxTime() {
        // g(1) is infinite: the largest admissible time is the double just below 1.
        return Math.nextDown(1.0);
    }
}
