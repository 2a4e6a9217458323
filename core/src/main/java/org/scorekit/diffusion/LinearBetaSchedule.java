package org.scorekit.diffusion;

import org.scorekit.checks.Checks;

/**
 * g(t) = b_min + t (b_max − b_min) on [0, 1], G(t) = b_min t + (b_max − b_min) t²/2
 * (the VP SDE of score_sde; spec §1, defaults b_min = 0.1, b_max = 20).
 */
public record LinearBetaSchedule(double betaMin, double betaMax) implements NoiseSchedule {
    public LinearBetaSchedule {
        Checks.positive("betaMin", betaMin);
        Checks.positive("betaMax", betaMax);
        Checks.require(betaMax >= betaMin,
                "betaMax must be >= betaMin (" + betaMin + "): " + betaMax);
    }

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public double rate(double t) {
        return betaMin + t * (betaMax - betaMin);
    }

    @Override
    public double integratedRate(double t) {
        return betaMin * t + 0.5 * (betaMax - betaMin) * t * t;
    }

    @Override
    public double maxTime() {
        return 1.0;
    }
}
