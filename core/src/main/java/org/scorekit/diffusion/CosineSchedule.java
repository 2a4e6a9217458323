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
        double ratio = Math.cos(u(t)) / Math.cos(u(0));
        if (ratio < 0.5) {
            return -2 * Math.log(ratio);
        }
        // For small t the ratio is 1 − O(t): write ratio − 1 = cos δ − 1 − tan u(0) sin δ with
        // δ = u(t) − u(0) and take log1p, so that G (and h = −expm1(−G)) keeps full relative
        // accuracy instead of losing ~1e-16/G to the rounding of the ratio.
        double delta = t / (1 + offset) * Math.PI / 2;
        double half = Math.sin(delta / 2);
        return -2 * Math.log1p(-2 * half * half - Math.tan(u(0)) * Math.sin(delta));
    }

    @Override
    public double maxTime() {
        // g(1) is infinite: the largest admissible time is the double just below 1.
        return Math.nextDown(1.0);
    }
}
